package org.specledger.claims.reconcile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.specledger.claims.Claim;
import org.specledger.claims.Flag;
import org.specledger.claims.FlagKind;
import org.specledger.claims.Model;
import org.specledger.claims.reference.ReferenceData;

/**
 * Turns the claims of some models into what an analyst trusts: per (model, attribute) a {@link Consensus}, and
 * {@link Flag}s where reports disagree ({@link Conflicts}), break reference bounds ({@link Plausibility}), fail
 * arithmetic across attributes ({@link Arithmetic}) or dates ({@link Chronology}).
 *
 * <p>A pure function of its input: the same documents and claims give the same result, in the same order, and
 * results cover exactly the models the claims name. To update after a new document, pass all claims of the
 * models it touches (and the documents those claims come from); a full run passes everything. Findings of one
 * (kind, model, attribute) are merged into one flag whose reason joins their sentences; flags carry id 0 and
 * are keyed by {@link Fingerprint#of(Flag)}.
 */
public final class Reconciler {
    private final ReferenceData ref;
    private final Function<String, Optional<Model>> models;
    private final Agreement agreement;

    /** A reconciler that takes the claims' model names as canonical. */
    public Reconciler(ReferenceData ref) {
        this(ref, name -> Optional.empty());
    }

    /**
     * A reconciler that maps each claim's model name through {@code models} (an alias resolver, such as the
     * extractor's model catalogue) to its canonical name; names it does not know stay as they are. Variants of
     * one family (GLM-4.5, GLM-4.5-Air) are different models and are reconciled apart.
     */
    public Reconciler(ReferenceData ref, Function<String, Optional<Model>> models) {
        this.ref = Objects.requireNonNull(ref, "ref");
        this.models = Objects.requireNonNull(models, "models");
        this.agreement = new Agreement(ref);
    }

    public ReconcileResult reconcile(List<DocInfo> docs, List<Claim> claims) {
        Map<Long, Long> groups = Syndication.groups(docs);
        Sources sources = new Sources(docs, groups);
        Map<String, Map<String, List<Claim>>> byModel = new TreeMap<>();
        claims.stream().sorted(Comparator.comparingLong(Claim::id)).forEach(c -> {
            Claim k = c.withModel(canonical(c.model()));
            byModel.computeIfAbsent(k.model(), m -> new TreeMap<>())
                    .computeIfAbsent(k.attribute(), a -> new ArrayList<>()).add(k);
        });
        Map<Long, Claim> byId = new java.util.HashMap<>();
        claims.forEach(c -> byId.put(c.id(), c));
        List<Consensus> consensus = new ArrayList<>();
        List<Flag> flags = new ArrayList<>();
        for (Map.Entry<String, Map<String, List<Claim>>> m : byModel.entrySet()) {
            Map<String, Tally.Settled> settled = new TreeMap<>();
            m.getValue().forEach((attribute, cs) -> settled.put(attribute,
                    Tally.settle(m.getKey(), attribute, cs, sources, agreement)));
            settled.values().forEach(s -> consensus.add(s.consensus()));
            ModelView view = new ModelView(m.getKey(), m.getValue(), settled, sources, agreement, ref);
            List<Finding> findings = new ArrayList<>();
            findings.addAll(Conflicts.check(view));
            findings.addAll(Plausibility.check(view));
            findings.addAll(Arithmetic.check(view));
            findings.addAll(Chronology.check(view));
            flags.addAll(merge(m.getKey(), findings, byId));
        }
        flags.sort(Comparator.comparing(Flag::model).thenComparing(Flag::attribute).thenComparing(Flag::kind)
                .thenComparing(Fingerprint::of));
        return new ReconcileResult(consensus, flags, groups);
    }

    private String canonical(String name) {
        return models.apply(name).map(Model::name).orElse(name);
    }

    /**
     * One flag per (kind, attribute): reasons joined (duplicates dropped), claim ids united and sorted. A flag whose
     * claims all went to the model only as a report's subject (no sentence named it) says so.
     */
    private static List<Flag> merge(String model, List<Finding> findings, Map<Long, Claim> byId) {
        Map<String, Set<String>> reasons = new LinkedHashMap<>();
        Map<String, Set<Long>> ids = new LinkedHashMap<>();
        Map<String, Finding> first = new LinkedHashMap<>();
        for (Finding f : findings) {
            String key = f.kind() + "|" + f.attribute();
            first.putIfAbsent(key, f);
            reasons.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(f.reason());
            ids.computeIfAbsent(key, k -> new TreeSet<>()).addAll(f.claimIds());
        }
        List<Flag> out = new ArrayList<>();
        for (Map.Entry<String, Finding> e : first.entrySet()) {
            FlagKind kind = e.getValue().kind();
            String reason = String.join(" ", reasons.get(e.getKey()));
            if (onlySubjectClaims(ids.get(e.getKey()), byId)) {
                reason += " Every claim behind this flag was given to " + model + " as the report's subject: no"
                        + " sentence quoted names the model, so check the quotes before relying on it.";
            }
            out.add(new Flag(0, kind, model, e.getValue().attribute(), reason, List.copyOf(ids.get(e.getKey()))));
        }
        return out;
    }

    private static boolean onlySubjectClaims(Set<Long> ids, Map<Long, Claim> byId) {
        boolean any = false;
        for (Long id : ids) {
            Claim c = byId.get(id);
            if (c == null || c.attribution() != org.specledger.claims.Attribution.SUBJECT) {
                return false;
            }
            any = true;
        }
        return any;
    }
}
