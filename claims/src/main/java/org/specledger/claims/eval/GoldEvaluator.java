package org.specledger.claims.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.specledger.claims.Claim;
import org.specledger.claims.ValueKind;
import org.specledger.claims.models.ModelCatalog;

/**
 * Scores extracted claims against a gold set, document by document. A match is the same model (through the
 * catalog's aliases), the same attribute, and the same value: numbers within 2 % relative, the bounds too
 * (a bound on one side only matches a bound on that side); dates equal to the gold's precision; text, enum
 * and boolean values equal ignoring case. Each gold claim matches at most one extracted claim. Pure.
 */
public final class GoldEvaluator {
    /** Relative tolerance for numbers: 2 %. */
    public static final double TOLERANCE = 0.02;

    private final ModelCatalog catalog;

    public GoldEvaluator(ModelCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * @param gold      per document key (e.g. the file name), its gold claims
     * @param extracted per document key, the extracted claims; a key missing here means nothing was extracted
     */
    public EvaluationReport evaluate(Map<String, List<GoldClaim>> gold, Map<String, List<Claim>> extracted) {
        Map<String, int[]> counts = new TreeMap<>(); // attribute → gold, extracted, matched
        List<String> misses = new ArrayList<>();
        List<String> extras = new ArrayList<>();
        List<String> hedgeDiffs = new ArrayList<>();
        int hedgeSame = 0;
        int matchedAll = 0;
        Set<String> docs = new TreeSet<>(gold.keySet());
        docs.addAll(extracted.keySet());
        for (String doc : docs) {
            List<GoldClaim> g = gold.getOrDefault(doc, List.of());
            List<Claim> x = extracted.getOrDefault(doc, List.of());
            Set<Integer> used = new HashSet<>();
            for (GoldClaim gc : g) {
                counts.computeIfAbsent(gc.attribute(), k -> new int[3])[0]++;
                int hit = -1;
                for (int i = 0; i < x.size(); i++) {
                    if (!used.contains(i) && matches(gc, x.get(i))) {
                        hit = i;
                        break;
                    }
                }
                if (hit >= 0) {
                    used.add(hit);
                    counts.get(gc.attribute())[2]++;
                    matchedAll++;
                    if (gc.hedge() != null && gc.hedge().equalsIgnoreCase(x.get(hit).hedge().json())) {
                        hedgeSame++;
                    } else {
                        hedgeDiffs.add(doc + ": " + gc.model() + " " + gc.attribute() + " gold " + gc.hedge() + ", got "
                                + x.get(hit).hedge().json() + "  «" + x.get(hit).quote() + "»");
                    }
                } else {
                    misses.add(doc + ": " + gc.model() + " " + gc.attribute() + " = " + describe(gc));
                }
            }
            for (int i = 0; i < x.size(); i++) {
                Claim c = x.get(i);
                counts.computeIfAbsent(c.attribute(), k -> new int[3])[1]++;
                if (!used.contains(i)) {
                    extras.add(doc + ": " + c.model() + " " + c.attribute() + " = " + describe(c) + "  «" + c.quote() + "»");
                }
            }
        }
        List<EvaluationReport.Row> rows = new ArrayList<>();
        int tg = 0;
        int tx = 0;
        int tm = 0;
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            int[] v = e.getValue();
            rows.add(new EvaluationReport.Row(e.getKey(), v[0], v[1], v[2]));
            tg += v[0];
            tx += v[1];
            tm += v[2];
        }
        double hedge = matchedAll == 0 ? 1.0 : (double) hedgeSame / matchedAll;
        return new EvaluationReport(rows, new EvaluationReport.Row("OVERALL", tg, tx, tm), hedge, misses, extras,
                hedgeDiffs);
    }

    /** True when the extracted claim says what the gold claim says (see the class comment). */
    public boolean matches(GoldClaim g, Claim c) {
        if (!g.attribute().equals(c.attribute()) || !sameModel(g.model(), c.model())) {
            return false;
        }
        if (c.kind() == ValueKind.NUMBER) {
            Double gv = g.value() instanceof Number n ? n.doubleValue() : null;
            return close(gv, c.value()) && close(g.low(), c.low()) && close(g.high(), c.high());
        }
        if (g.value() == null || c.text() == null) {
            return false;
        }
        String gv = String.valueOf(g.value()).strip();
        if (c.kind() == ValueKind.DATE) {
            int len = switch (g.precision() == null ? "day" : g.precision()) {
                case "year" -> 4;
                case "month" -> 7;
                default -> 10;
            };
            return gv.length() >= len && c.text().length() >= len
                    && gv.substring(0, len).equals(c.text().substring(0, len));
        }
        return gv.equalsIgnoreCase(c.text().strip());
    }

    private boolean sameModel(String a, String b) {
        String ka = catalog.resolve(a).map(m -> m.name()).orElse(ModelCatalog.key(a));
        String kb = catalog.resolve(b).map(m -> m.name()).orElse(ModelCatalog.key(b));
        return ka.equals(kb);
    }

    /** Both absent, or both present and within {@link #TOLERANCE} of each other. */
    static boolean close(Double expected, Double actual) {
        if (expected == null || actual == null) {
            return expected == null && actual == null;
        }
        double scale = Math.max(Math.abs(expected), Math.abs(actual));
        return scale == 0 || Math.abs(expected - actual) <= TOLERANCE * scale;
    }

    private static String describe(GoldClaim g) {
        return g.value() + (g.low() != null || g.high() != null ? " [" + g.low() + ", " + g.high() + "]" : "")
                + (g.precision() != null ? " (" + g.precision() + ")" : "") + " " + g.hedge();
    }

    private static String describe(Claim c) {
        if (c.kind() == ValueKind.NUMBER) {
            return String.format(Locale.ROOT, "%s [%s, %s] %s (%s)", c.value(), c.low(), c.high(), c.hedge().json(),
                    c.unitText());
        }
        return c.text() + (c.precision() != null ? " (" + c.precision() + ")" : "") + " " + c.hedge().json();
    }
}
