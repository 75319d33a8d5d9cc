package org.specledger.claims.reconcile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.specledger.claims.Claim;
import org.specledger.claims.Hedge;

/**
 * Finds the consensus of the claims on one (model, attribute).
 *
 * <p>Every claim is a candidate anchor. An anchor's support is the number of independent sources among the
 * claims compatible with it that are no more specific than it (a point collects the ranges and bounds that
 * contain it; an open bound collects only other bounds, so "more than a trillion" cannot out-vote the two
 * precise figures it happens to contain). The anchor with the most support wins; ties go to the more specific
 * claim, then the firmer hedge, then the earliest article, then the lowest claim id.
 */
final class Tally {

    /** A consensus with the claim whose value it copies and the claims that agree with it. */
    record Settled(Consensus consensus, Claim anchor, List<Claim> supporting) {
    }

    private Tally() {
    }

    static Settled settle(String model, String attribute, List<Claim> claims, Sources sources, Agreement agreement) {
        // Claims of one value class have the same cluster, so each class is scored once (the claims of a busy
        // model number in the thousands, their distinct values in the tens); the result is the same as taking
        // every claim as an anchor in turn.
        java.util.Map<Object, List<Claim>> classes = new java.util.LinkedHashMap<>();
        for (Claim c : claims) {
            classes.computeIfAbsent(agreement.valueClass(c), k -> new ArrayList<>()).add(c);
        }
        List<List<Claim>> groups = new ArrayList<>(classes.values());
        Claim best = null;
        int bestSupport = -1;
        for (List<Claim> anchors : groups) {
            Claim a = anchors.get(0);
            List<Claim> cluster = new ArrayList<>();
            for (List<Claim> other : groups) {
                Claim c = other.get(0);
                if (Agreement.specificity(c) <= Agreement.specificity(a) && agreement.compatible(a, c)) {
                    cluster.addAll(other);
                }
            }
            int support = sources.count(cluster);
            Claim first = anchors.stream().min((x, y) -> preferred(x, y, sources)).orElseThrow();
            if (best == null || support > bestSupport
                    || (support == bestSupport && preferred(first, best, sources) < 0)) {
                best = first;
                bestSupport = support;
            }
        }
        Claim anchor = best;
        List<Claim> supporting = new ArrayList<>();
        List<Long> dissenting = new ArrayList<>();
        Hedge hedge = null;
        Double lo = null;
        Double hi = null;
        for (Claim c : claims) {
            if (agreement.compatible(anchor, c)) {
                supporting.add(c);
                hedge = hedge == null ? c.hedge() : hedge.firmer(c.hedge());
            } else {
                dissenting.add(c.id());
            }
            for (Double v : new Double[] {c.value(), c.low(), c.high()}) {
                if (v != null && c.kind() == org.specledger.claims.ValueKind.NUMBER) {
                    lo = lo == null ? v : Math.min(lo, v);
                    hi = hi == null ? v : Math.max(hi, v);
                }
            }
        }
        Consensus cons = new Consensus(model, attribute, anchor.kind(), anchor.value(), anchor.low(), anchor.high(),
                anchor.text(), anchor.precision(), lo, hi, sources.count(supporting), claims.size(), hedge,
                supporting.stream().map(Claim::id).sorted().toList(), dissenting.stream().sorted().toList());
        return new Settled(cons, anchor, List.copyOf(supporting));
    }

    /** Negative when {@code a} is the better anchor of two with equal support. */
    private static int preferred(Claim a, Claim b, Sources sources) {
        return Comparator.<Claim>comparingInt(c -> -Agreement.specificity(c))
                .thenComparingInt(c -> c.hedge().ordinal())
                .thenComparing(c -> sources.publishedAt(c.documentId()),
                        Comparator.nullsLast(Comparator.<String>naturalOrder()))
                .thenComparingLong(Claim::id)
                .compare(a, b);
    }
}
