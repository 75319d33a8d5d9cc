package org.specledger.web.sheet;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.specledger.claims.Attributes;
import org.specledger.claims.Claim;
import org.specledger.claims.Hedge;
import org.specledger.claims.ValueKind;
import org.specledger.db.ClaimView;
import org.specledger.db.Database;
import org.specledger.db.FlagView;
import org.specledger.db.ModelSummary;
import org.specledger.db.StoredConsensus;
import org.specledger.web.sheet.SheetModel.Variant;

/**
 * Assembles a model's {@link SpecSheet} from the database: the reconciliation's stored consensus per attribute,
 * the claims behind it and the flags.
 *
 * <p><b>Fallback consensus.</b> When an attribute has claims but no stored consensus row (reconciliation has
 * not run since they arrived), the sheet derives a simple one rather than showing nothing: the value claimed
 * most often (ties go to the firmer hedge, then the earlier claim), its independent sources counted as the
 * distinct publishers of the claims that state it (a document without a publisher counts as its own source).
 * Such a consensus is marked {@link Consensus#derived()}; it knows nothing of syndication, so it may count a
 * syndicated copy as a second source.
 */
public final class SpecSheets {
    /** SPEC_SCHEMA.md's table order; benchmarks follow by name, then anything else by name. */
    private static final List<String> ORDER = List.of(Attributes.ORGANIZATION, Attributes.RELEASE_DATE,
            Attributes.OPEN_WEIGHTS, Attributes.TOTAL_PARAMETERS, Attributes.ACTIVE_PARAMETERS,
            Attributes.CONTEXT_LENGTH, Attributes.TRAINING_TOKENS, Attributes.TRAINING_COMPUTE,
            Attributes.TRAINING_ACCELERATORS, Attributes.ACCELERATOR_MODEL, Attributes.ACCELERATOR_ORIGIN,
            Attributes.MEMORY_PER_ACCELERATOR, Attributes.TRAINING_DURATION, Attributes.TRAINING_GPU_HOURS,
            Attributes.API_FREE_QUOTA);

    /** Orders attribute names as sheets list them. */
    public static final Comparator<String> ATTRIBUTE_ORDER = Comparator
            .comparingInt((String a) -> ORDER.contains(a) ? ORDER.indexOf(a) : Attributes.isBenchmark(a)
                    ? ORDER.size() : ORDER.size() + 1)
            .thenComparing(Comparator.naturalOrder());

    private final Database db;
    private final Clock clock;
    /** Each model's claims kept between sheets; null = read from the database for every sheet. */
    private final ModelClaims kept;

    /** Sheets read whole from the database each time (a command that makes one sheet). */
    public SpecSheets(Database db) {
        this(db, Clock.systemUTC());
    }

    /** @param clock the source of {@link SpecSheet#generatedAt()} */
    public SpecSheets(Database db, Clock clock) {
        this(db, clock, null);
    }

    /** Sheets whose claims come from {@code kept} (the server's, shared by its pages and API). */
    public SpecSheets(Database db, ModelClaims kept) {
        this(db, Clock.systemUTC(), kept);
    }

    private SpecSheets(Database db, Clock clock, ModelClaims kept) {
        this.db = db;
        this.clock = clock;
        this.kept = kept;
    }

    /** The sheet of the model with this id, name or alias; empty when none matches. */
    public Optional<SpecSheet> find(String idOrAlias) {
        return db.models().resolve(idOrAlias).map(this::build);
    }

    /** The sheet of a known model. */
    public SpecSheet build(ModelSummary m) {
        List<Variant> variants = m.family() == null || m.family().isBlank() ? List.of()
                : db.models().family(m.family()).stream().filter(v -> !v.id().equals(m.id()))
                .map(v -> new Variant(v.id(), v.name())).toList();
        SheetModel model = new SheetModel(m.id(), m.name(), m.organization(), m.family(), m.aliases(), variants);

        // Grouped by hash, then ordered once: a popular model has a thousand claims and a dozen attributes, and
        // the schema-order comparator looks each attribute up in a list.
        Map<String, List<ClaimView>> grouped = new java.util.HashMap<>();
        for (ClaimView c : kept != null ? kept.of(m.id()) : db.claims().byModel(m.id(), null)) {
            grouped.computeIfAbsent(c.claim().attribute(), a -> new ArrayList<>()).add(c);
        }
        Map<String, List<ClaimView>> byAttribute = new TreeMap<>(ATTRIBUTE_ORDER);
        byAttribute.putAll(grouped);
        Map<String, StoredConsensus> stored = new LinkedHashMap<>();
        for (StoredConsensus s : db.flags().consensus(m.id())) {
            stored.put(s.attribute(), s);
            byAttribute.computeIfAbsent(s.attribute(), a -> new ArrayList<>());
        }
        List<FlagView> flags = db.flags().byModel(m.id());

        List<Spec> specs = new ArrayList<>();
        byAttribute.forEach((attribute, claims) -> {
            List<FlagView> specFlags = flags.stream().filter(f -> attribute.equals(f.flag().attribute())).toList();
            StoredConsensus s = stored.get(attribute);
            specs.add(s != null ? fromStored(attribute, s, claims, specFlags) : derived(attribute, claims, specFlags));
        });
        return new SpecSheet(model, specs, flags, clock.instant().toString());
    }

    private static Spec fromStored(String attribute, StoredConsensus s, List<ClaimView> claims, List<FlagView> flags) {
        Object value = switch (s.kind() == null ? "number" : s.kind().toLowerCase(Locale.ROOT)) {
            case "number" -> s.value();
            case "boolean" -> s.text() == null ? null : Boolean.valueOf(s.text());
            default -> s.text();
        };
        Consensus c = new Consensus(s.kind(), value, s.low(), s.high(), s.precision(), s.spreadLow(), s.spreadHigh(),
                s.claimCount(), s.supportingClaimIds(), false,
                Units.format(attribute, s.value(), s.low(), s.high(), s.text(), s.precision()));
        return new Spec(attribute, c, s.independentSources(), s.hedge(), claims, flags);
    }

    /** The fallback of the class comment: the most common claimed value. */
    static Spec derived(String attribute, List<ClaimView> claims, List<FlagView> flags) {
        Map<String, List<ClaimView>> groups = new LinkedHashMap<>();
        for (ClaimView c : claims) {
            groups.computeIfAbsent(valueKey(c.claim()), k -> new ArrayList<>()).add(c);
        }
        List<ClaimView> best = groups.values().stream()
                .min(Comparator.comparingInt((List<ClaimView> g) -> -g.size())
                        .thenComparing(g -> firmest(g).ordinal())
                        .thenComparingLong(g -> g.get(0).claim().id()))
                .orElseThrow();
        Claim first = best.get(0).claim();
        Set<String> sources = new HashSet<>();
        for (ClaimView c : best) {
            sources.add(c.publisher() == null || c.publisher().isBlank() ? "document:" + c.claim().documentId()
                    : c.publisher().trim().toLowerCase(Locale.ROOT));
        }
        Double spreadLow = null;
        Double spreadHigh = null;
        for (ClaimView c : claims) {
            for (Double d : new Double[] {c.claim().value(), c.claim().low(), c.claim().high()}) {
                if (d != null) {
                    spreadLow = spreadLow == null ? d : Math.min(spreadLow, d);
                    spreadHigh = spreadHigh == null ? d : Math.max(spreadHigh, d);
                }
            }
        }
        Consensus c = new Consensus(first.kind().json(), first.jsonValue(), first.low(), first.high(),
                first.precision(), spreadLow, spreadHigh, claims.size(),
                best.stream().map(v -> v.claim().id()).toList(), true, Units.format(first));
        return new Spec(attribute, c, sources.size(), firmest(best).json(), claims, flags);
    }

    private static Hedge firmest(List<ClaimView> group) {
        Hedge h = Hedge.SPECULATIVE;
        for (ClaimView c : group) {
            h = h.firmer(c.claim().hedge());
        }
        return h;
    }

    /** Claims agree when they carry the same number and bounds, or the same words (case and spaces ignored). */
    private static String valueKey(Claim c) {
        if (c.kind() == ValueKind.NUMBER) {
            return c.value() + "|" + c.low() + "|" + c.high();
        }
        return c.text() == null ? "" : c.text().trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
