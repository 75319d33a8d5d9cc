package org.specledger.claims.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.specledger.claims.Attributes;
import org.specledger.claims.models.Mention;
import org.specledger.claims.numbers.Quantity;
import org.specledger.claims.numbers.Unit;

/**
 * Benchmark scores: each benchmark name paired with the nearest plain score, first within its clause ("scores
 * 88.5 on MMLU"), then within the sentence ("On SWE-bench Verified, GLM-4.5 scores 64.2"); and a score right after
 * a model's possessive ("ahead of DeepSeek-V3's 37.6") is that model's.
 */
final class BenchmarkRule implements Rule {
    @Override
    public void apply(SentenceAnnotation s, ClaimSink out) {
        if (!Cues.any(s.lower, Benchmarks.GATE)) {
            return;
        }
        List<Benchmarks.Hit> benches = Benchmarks.find(s.t, s.start, s.end);
        s.benchmarkNames = benches;
        if (!benches.isEmpty() && benches.get(0).start() == s.start && s.wholeLine() && gluedRow(s, benches.get(0))) {
            return; // a score row whose header was not read: which column is whose cannot be told
        }
        Set<Benchmarks.Hit> paired = new HashSet<>();
        inOrder(s, benches, paired, out);
        for (int pass = 0; pass < 2; pass++) {
            for (Benchmarks.Hit b : benches) {
                if (paired.contains(b)) {
                    continue;
                }
                int[] c = pass == 0 ? s.clauseOf(b.start()) : new int[] {s.start, s.end};
                int reach = pass == 0 ? 35 : 90;
                Quantity best = null;
                int bestDist = Integer.MAX_VALUE;
                for (Quantity q : s.quantities) {
                    boolean elo = b.attribute().endsWith("arena-elo") || b.attribute().endsWith("codeforces");
                    if (s.usedQuantities.contains(q) || q.start() < c[0] || q.end() > c[1]
                            || !(isScore(s, q) || elo && q.yearLike() && !s.insideDate(q))) {
                        continue; // an Elo rating of 2029 looks like a year and is not one
                    }
                    int dist = q.start() >= b.end() ? q.start() - b.end() : b.start() - q.end();
                    if (dist > reach || otherBenchmarkBetween(benches, b, q)) {
                        continue;
                    }
                    if ((elo && (q.value() < 300 || q.value() > 4000)) || (!elo && (q.value() <= 0 || q.value() > 100))) {
                        continue;
                    }
                    if (dist < bestDist) {
                        best = q;
                        bestDist = dist;
                    }
                }
                if (best != null) {
                    s.usedQuantities.add(best);
                    paired.add(b);
                    SentenceAnnotation.Owner m = s.ownerAt(best.start());
                    if (m != null && !s.voided(best.start())) {
                        out.number(s, m, b.attribute(), best, 1);
                    }
                }
            }
        }
        possessiveScores(s, benches, out);
    }

    /** "GPQA Diamond71.5%78.0%", "MMLU | 86.2 | 87.3": a row of several scores, one a column. */
    private static boolean gluedRow(SentenceAnnotation s, Benchmarks.Hit b) {
        String rest = s.t.substring(b.end(), s.end);
        return rest.matches("\\s*(?:\\(?[A-Za-z]{0,12}\\)?)\\s*[|]?\\s*[~\\d.%| -]+") && rest.replaceAll("[^%|]", "").length() >= 2;
    }

    /**
     * "81.3% and 97.4% on AIME 2024 and MATH-500" (respectively), "94.8% in C-Eval and 91.5% in MMLU": as many scores
     * as benchmarks, either all scores then all names or strictly alternating, pair in order.
     */
    private static void inOrder(SentenceAnnotation s, List<Benchmarks.Hit> benches, Set<Benchmarks.Hit> paired,
                                ClaimSink out) {
        if (benches.size() < 2) {
            return;
        }
        List<Quantity> scores = new java.util.ArrayList<>();
        for (Quantity q : s.quantities) {
            if (!s.usedQuantities.contains(q) && isScore(s, q) && q.value() > 0 && q.value() <= 100) {
                scores.add(q);
            }
        }
        if (scores.size() != benches.size()) {
            return;
        }
        boolean allBefore = scores.get(scores.size() - 1).end() <= benches.get(0).start();
        boolean alternating = true;
        for (int i = 0; i < scores.size(); i++) {
            alternating &= scores.get(i).end() <= benches.get(i).start()
                    && (i + 1 == scores.size() || benches.get(i).end() <= scores.get(i + 1).start());
        }
        if (!allBefore && !alternating) {
            return;
        }
        for (int i = 0; i < scores.size(); i++) {
            Quantity q = scores.get(i);
            SentenceAnnotation.Owner m = s.ownerAt(q.start());
            s.usedQuantities.add(q);
            paired.add(benches.get(i));
            if (m != null && !s.voided(q.start())) {
                out.number(s, m, benches.get(i).attribute(), q, 1);
            }
        }
    }

    private static boolean isScore(SentenceAnnotation s, Quantity q) {
        return !s.insideBenchmarkName(q) && !s.insideCitation(q) && !q.scaled() && !q.yearLike() && !s.insideDate(q) && (q.unit() == Unit.NONE || q.unit() == Unit.PERCENT);
    }

    private static void possessiveScores(SentenceAnnotation s, List<Benchmarks.Hit> benches, ClaimSink out) {
        if (benches.size() != 1 || (s.lower.indexOf('\'') < 0 && s.lower.indexOf('’') < 0)) {
            return;
        }
        Benchmarks.Hit b = benches.get(0);
        for (Quantity q : s.quantities) {
            if (s.usedQuantities.contains(q) || !isScore(s, q) || q.value() <= 0 || q.value() > 100) {
                continue;
            }
            for (Mention m : s.mentions) {
                String between = m.end() <= q.start() ? s.t.substring(m.end(), Math.min(q.start(), s.end)) : "";
                if (m.end() <= q.start() && (between.equals("'s ") || between.equals("’s "))) {
                    s.usedQuantities.add(q);
                    out.number(s, new SentenceAnnotation.Owner(m.model(), s.contextual.contains(m)
                            ? org.specledger.claims.Attribution.CONTEXT : org.specledger.claims.Attribution.EXPLICIT),
                            b.attribute(), q, 1);
                    break;
                }
            }
        }
    }

    private static boolean otherBenchmarkBetween(List<Benchmarks.Hit> benches, Benchmarks.Hit b, Quantity q) {
        int lo = Math.min(b.end(), q.end());
        int hi = Math.max(b.start(), q.start());
        for (Benchmarks.Hit o : benches) {
            if (o != b && o.start() >= lo && o.end() <= hi) {
                return true;
            }
        }
        return false;
    }

    static boolean isBenchmark(String attribute) {
        return Attributes.isBenchmark(attribute);
    }
}
