package org.specledger.claims.reconcile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.specledger.claims.Claim;
import org.specledger.claims.FlagKind;
import org.specledger.claims.Hedge;

/**
 * Conflict: two claims on one (model, attribute) from independent sources (see {@link Sources}) whose values are
 * incompatible (see {@link Agreement}). Copies within one syndication group, one publisher's own articles and a
 * claim against a bound that contains it never conflict. All conflicting pairs of an attribute make one flag.
 */
final class Conflicts {
    private Conflicts() {
    }

    static List<Finding> check(ModelView v) {
        List<Finding> out = new ArrayList<>();
        for (Map.Entry<String, List<Claim>> e : v.claims().entrySet()) {
            Set<Claim> involved = conflicting(e.getValue(), v.sources(), v.agreement());
            if (!involved.isEmpty()) {
                out.add(new Finding(FlagKind.CONFLICT, e.getKey(), reason(v, e.getKey(), involved),
                        involved.stream().map(Claim::id).toList()));
            }
        }
        return out;
    }

    /** The claims that take part in at least one independent, incompatible pair, in the list's order. */
    static Set<Claim> conflicting(List<Claim> claims, Sources sources, Agreement agreement) {
        // Claims of one value class agree with each other and disagree with the same others, so only pairs of
        // incompatible classes are examined, and a claim is settled by the first independent claim it meets.
        Map<Object, List<Claim>> classes = new LinkedHashMap<>();
        for (Claim c : claims) {
            classes.computeIfAbsent(agreement.valueClass(c), k -> new ArrayList<>()).add(c);
        }
        List<List<Claim>> groups = new ArrayList<>(classes.values());
        Set<Claim> involved = new java.util.HashSet<>();
        for (int x = 0; x < groups.size(); x++) {
            for (int y = x + 1; y < groups.size(); y++) {
                if (!agreement.compatible(groups.get(x).get(0), groups.get(y).get(0))) {
                    markIndependent(groups.get(x), groups.get(y), sources, involved);
                    markIndependent(groups.get(y), groups.get(x), sources, involved);
                }
            }
        }
        Set<Claim> ordered = new LinkedHashSet<>();
        for (Claim c : claims) {
            if (involved.contains(c)) {
                ordered.add(c);
            }
        }
        return ordered;
    }

    /** Adds each claim of {@code from} that has an independent claim in {@code against}. */
    private static void markIndependent(List<Claim> from, List<Claim> against, Sources sources, Set<Claim> involved) {
        for (Claim a : from) {
            if (involved.contains(a)) {
                continue;
            }
            for (Claim b : against) {
                if (sources.independent(a, b)) {
                    involved.add(a);
                    break;
                }
            }
        }
    }

    private static String reason(ModelView v, String attribute, Set<Claim> involved) {
        Map<String, List<Claim>> byValue = new LinkedHashMap<>();
        Claim anchor = v.consensus(attribute).map(Tally.Settled::anchor).orElse(null);
        if (anchor != null && involved.contains(anchor)) {
            byValue.put(Wording.value(anchor), new ArrayList<>());
        }
        for (Claim c : involved) {
            byValue.computeIfAbsent(Wording.value(c), k -> new ArrayList<>()).add(c);
        }
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, List<Claim>> e : byValue.entrySet()) {
            Set<String> pubs = new TreeSet<>();
            Hedge firmest = Hedge.SPECULATIVE;
            for (Claim c : e.getValue()) {
                pubs.add(v.publisher(c));
                firmest = firmest.firmer(c.hedge());
            }
            parts.add(e.getKey() + " (" + String.join("; ", pubs)
                    + (firmest == Hedge.STATED ? "" : ", " + firmest.json()) + ")");
        }
        return "Independent reports disagree on the " + ModelView.words(attribute) + " of " + v.model() + ": "
                + String.join(" vs ", parts) + ".";
    }
}
