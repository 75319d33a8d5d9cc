package org.specledger.bench.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction benchmark's score: bags of 4-token shingles compared per page, each page
 * weighed equally. The rules follow /work/shared/bench/article-extraction/README.md, which describes
 * the ScrapingHub article-extraction-benchmark's evaluation (MIT, Scrapinghub 2020).
 */
final class ShingleScorer {

    private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int SHINGLE = 4;

    /** tp, fp and fn of one page, already divided by their sum (all zero when the sum is zero). */
    record PageCounts(double tp, double fp, double fn) {

        /** Null when the page has nothing extracted and nothing correct, so it is left out of the mean. */
        Double precision() {
            if (tp + fp == 0) {
                return null;
            }
            if (fp == 0 && fn == 0) {
                return 1.0;
            }
            return tp / (tp + fp);
        }

        /** Null when the page has no true text, so it is left out of the mean. */
        Double recall() {
            if (tp + fn == 0) {
                return null;
            }
            if (fp == 0 && fn == 0) {
                return 1.0;
            }
            return tp / (tp + fn);
        }
    }

    /** Averages of per-page precision and recall, and their harmonic mean. */
    record Score(double f1, double precision, double recall, int pages) {
    }

    private ShingleScorer() {
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** The bag of runs of four consecutive tokens; a shorter non-empty text is one run. */
    static Map<List<String>, Integer> shingles(String text) {
        List<String> tokens = tokens(text);
        Map<List<String>, Integer> bag = new HashMap<>();
        if (tokens.isEmpty()) {
            return bag;
        }
        if (tokens.size() < SHINGLE) {
            bag.put(List.copyOf(tokens), 1);
            return bag;
        }
        for (int i = 0; i + SHINGLE <= tokens.size(); i++) {
            bag.merge(List.copyOf(tokens.subList(i, i + SHINGLE)), 1, Integer::sum);
        }
        return bag;
    }

    static PageCounts page(String truth, String extracted) {
        Map<List<String>, Integer> t = shingles(truth);
        Map<List<String>, Integer> e = shingles(extracted);
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (Map.Entry<List<String>, Integer> en : e.entrySet()) {
            int inTruth = t.getOrDefault(en.getKey(), 0);
            tp += Math.min(inTruth, en.getValue());
            fp += Math.max(0, en.getValue() - inTruth);
        }
        for (Map.Entry<List<String>, Integer> tn : t.entrySet()) {
            fn += Math.max(0, tn.getValue() - e.getOrDefault(tn.getKey(), 0));
        }
        double sum = tp + fp + fn;
        if (sum == 0) {
            return new PageCounts(0, 0, 0);
        }
        return new PageCounts(tp / sum, fp / sum, fn / sum);
    }

    static Score score(List<PageCounts> pages) {
        double pSum = 0;
        int pN = 0;
        double rSum = 0;
        int rN = 0;
        for (PageCounts c : pages) {
            Double p = c.precision();
            if (p != null) {
                pSum += p;
                pN++;
            }
            Double r = c.recall();
            if (r != null) {
                rSum += r;
                rN++;
            }
        }
        double precision = pN == 0 ? 0 : pSum / pN;
        double recall = rN == 0 ? 0 : rSum / rN;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new Score(f1, precision, recall, pages.size());
    }
}
