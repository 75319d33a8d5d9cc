package org.specledger.claims.eval;

import java.util.List;
import java.util.Locale;

/**
 * Precision and recall per attribute and overall.
 *
 * @param rows    one row per attribute seen in the gold set or the output, sorted by name
 * @param overall all attributes together
 * @param hedgeAgreement of the matched claims, the share whose hedge equals the gold's
 * @param misses  gold claims not found, one line each ("file: model attribute value")
 * @param extras  extracted claims the gold set does not have, one line each
 * @param hedgeMismatches matched claims whose hedge differs from the gold's, one line each
 */
public record EvaluationReport(List<Row> rows, Row overall, double hedgeAgreement, List<String> misses,
                               List<String> extras, List<String> hedgeMismatches) {

    /** One attribute's counts. Precision is 1 when nothing was extracted; recall is 1 when nothing was expected. */
    public record Row(String attribute, int gold, int extracted, int matched) {
        public double precision() {
            return extracted == 0 ? 1.0 : (double) matched / extracted;
        }

        public double recall() {
            return gold == 0 ? 1.0 : (double) matched / gold;
        }
    }

    public EvaluationReport {
        rows = List.copyOf(rows);
        misses = List.copyOf(misses);
        extras = List.copyOf(extras);
        hedgeMismatches = List.copyOf(hedgeMismatches);
    }

    /** A plain-text table for a terminal, then the misses and extras. */
    public String format() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%-32s %6s %9s %7s %9s %7s%n", "attribute", "gold", "extracted",
                "matched", "precision", "recall"));
        for (Row r : rows) {
            line(b, r);
        }
        line(b, overall);
        b.append(String.format(Locale.ROOT, "hedge agreement on matches: %.3f%n", hedgeAgreement));
        for (String m : misses) {
            b.append("MISS  ").append(m).append('\n');
        }
        for (String e : extras) {
            b.append("EXTRA ").append(e).append('\n');
        }
        for (String h : hedgeMismatches) {
            b.append("HEDGE ").append(h).append('\n');
        }
        return b.toString();
    }

    private static void line(StringBuilder b, Row r) {
        b.append(String.format(Locale.ROOT, "%-32s %6d %9d %7d %9.3f %7.3f%n", r.attribute(), r.gold(), r.extracted(),
                r.matched(), r.precision(), r.recall()));
    }
}
