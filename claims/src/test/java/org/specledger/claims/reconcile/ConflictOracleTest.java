package org.specledger.claims.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.specledger.claims.Attributes;
import org.specledger.claims.Claim;
import org.specledger.claims.Flag;
import org.specledger.claims.FlagKind;
import org.specledger.claims.Hedge;
import org.specledger.claims.reference.ReferenceData;

/**
 * Brute-force oracle: for random claim sets, the conflict flags equal a naive scan over every pair of claims
 * whose documents are independent (different publisher, different canonical page) and whose values do not overlap.
 */
class ConflictOracleTest {
    private static final String[] PUBLISHERS = {"Reuters", "Caixin", "SCMP", "Xinhua", "Wire"};
    private static final String[] MODELS = {"A", "B"};
    private static final String[] ATTRIBUTES = {Attributes.TOTAL_PARAMETERS, Attributes.CONTEXT_LENGTH};
    private static final double[] VALUES = {1e11, 1.05e11, 1.2e11, 2e11, 4e11};

    @Test
    void conflictsEqualANaivePairwiseScan() {
        Reconciler reconciler = new Reconciler(ReferenceData.load());
        Random rnd = new Random(20261124);
        int flagged = 0;
        for (int round = 0; round < 300; round++) {
            int nDocs = 2 + rnd.nextInt(6);
            List<DocInfo> docs = new ArrayList<>();
            for (int d = 1; d <= nDocs; d++) {
                String pub = PUBLISHERS[rnd.nextInt(PUBLISHERS.length)];
                // Some documents point their canonical link at an earlier one: a syndicated copy.
                String canonical = d > 1 && rnd.nextInt(4) == 0 ? "https://page.example/" + (1 + rnd.nextInt(d - 1)) : null;
                docs.add(new DocInfo(d, "https://page.example/" + d, canonical, pub, "2026-01-0" + (1 + d % 9),
                        "short text " + d));
            }
            List<Claim> claims = new ArrayList<>();
            int nClaims = 1 + rnd.nextInt(10);
            for (int i = 1; i <= nClaims; i++) {
                Double v = VALUES[rnd.nextInt(VALUES.length)];
                Double lo = null;
                Double hi = null;
                switch (rnd.nextInt(4)) {
                    case 0 -> { lo = v; v = null; }                          // "at least"
                    case 1 -> { lo = v; hi = v * 1.5; v = null; }            // a range
                    default -> { }                                           // a point
                }
                claims.add(Fixtures.number(i, 1 + rnd.nextInt(nDocs), MODELS[rnd.nextInt(MODELS.length)],
                        ATTRIBUTES[rnd.nextInt(ATTRIBUTES.length)], v, lo, hi, Hedge.values()[rnd.nextInt(4)]));
            }
            Map<String, Set<Long>> expected = naive(docs, claims);
            Map<String, Set<Long>> actual = new TreeMap<>();
            for (Flag f : reconciler.reconcile(docs, claims).flags()) {
                if (f.kind() == FlagKind.CONFLICT) {
                    actual.put(f.model() + "|" + f.attribute(), new TreeSet<>(f.claimIds()));
                }
            }
            assertThat(actual).as("round %d: docs %s claims %s", round, docs, claims).isEqualTo(expected);
            flagged += expected.size();
        }
        assertThat(flagged).as("the random sets must contain conflicts for the oracle to mean anything")
                .isGreaterThan(50);
    }

    private static Map<String, Set<Long>> naive(List<DocInfo> docs, List<Claim> claims) {
        // Sources by fixpoint relabelling: same publisher, or linked by url/canonical.
        Map<Long, Long> label = new HashMap<>();
        docs.forEach(d -> label.put(d.id(), d.id()));
        boolean changed = true;
        while (changed) {
            changed = false;
            for (DocInfo a : docs) {
                for (DocInfo b : docs) {
                    boolean same = a.publisher().equals(b.publisher())
                            || a.url().equals(b.canonicalUrl()) || b.url().equals(a.canonicalUrl())
                            || (a.canonicalUrl() != null && a.canonicalUrl().equals(b.canonicalUrl()));
                    long m = Math.min(label.get(a.id()), label.get(b.id()));
                    if (same && (label.get(a.id()) != m || label.get(b.id()) != m)) {
                        label.put(a.id(), m);
                        label.put(b.id(), m);
                        changed = true;
                    }
                }
            }
        }
        Map<String, Set<Long>> out = new TreeMap<>();
        for (Claim a : claims) {
            for (Claim b : claims) {
                if (a.id() < b.id() && a.model().equals(b.model()) && a.attribute().equals(b.attribute())
                        && !label.get(a.documentId()).equals(label.get(b.documentId())) && !overlap(a, b)) {
                    Set<Long> s = out.computeIfAbsent(a.model() + "|" + a.attribute(), k -> new TreeSet<>());
                    s.add(a.id());
                    s.add(b.id());
                }
            }
        }
        return out;
    }

    /** Overlap of [lo, hi] intervals after widening each upper end by 7.5 %. */
    private static boolean overlap(Claim a, Claim b) {
        double alo = a.low() != null ? a.low() : a.value();
        double ahi = a.value() != null ? a.value() : a.high() != null ? a.high() : Double.POSITIVE_INFINITY;
        double blo = b.low() != null ? b.low() : b.value();
        double bhi = b.value() != null ? b.value() : b.high() != null ? b.high() : Double.POSITIVE_INFINITY;
        return Math.max(alo, blo) <= Math.min(ahi * 1.075, bhi * 1.075);
    }
}
