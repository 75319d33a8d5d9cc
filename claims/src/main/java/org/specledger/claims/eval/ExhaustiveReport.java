package org.specledger.claims.eval;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.specledger.claims.Claim;
import org.specledger.claims.ValueKind;

/**
 * The figures of an {@link ExhaustiveScorer} run: overall, per attribute and per language, and the gold claims
 * missed, the claims that match no gold claim, and the traps taken.
 *
 * @param documents      documents scored
 * @param overall        all documents and attributes together
 * @param byLanguage     per language code of the gold's documents
 * @param byAttribute    per attribute (gold claims under the gold's name, claims under their own)
 * @param misses         gold claims no claim of their document matches, in gold order
 * @param falsePositives claims that match no gold claim of their document, by document
 * @param trapsTaken     traps a claim of their document matches, with the first such claim
 */
public record ExhaustiveReport(int documents, Counts overall, List<Counts> byLanguage, List<Counts> byAttribute,
                               List<Miss> misses, List<FalsePositive> falsePositives, List<TrapTaken> trapsTaken) {

    public ExhaustiveReport {
        byLanguage = List.copyOf(byLanguage);
        byAttribute = List.copyOf(byAttribute);
        misses = List.copyOf(misses);
        falsePositives = List.copyOf(falsePositives);
        trapsTaken = List.copyOf(trapsTaken);
    }

    /**
     * One group's counts.
     *
     * @param gold   gold claims
     * @param found  gold claims matched (recall's numerator)
     * @param claims claims stored
     * @param right  claims matching a gold claim, leniency included (precision's numerator)
     * @param traps  traps
     * @param taken  traps taken
     */
    public record Counts(String name, int gold, int found, int claims, int right, int traps, int taken) {
        /** found / gold; 1 when there is no gold claim. */
        public double recall() {
            return gold == 0 ? 1.0 : (double) found / gold;
        }

        /** right / claims; 1 when nothing was stored. */
        public double precision() {
            return claims == 0 ? 1.0 : (double) right / claims;
        }
    }

    public record Miss(String doc, ExhaustiveGold.Item gold) {
    }

    public record FalsePositive(String doc, StoredClaim claim) {
    }

    public record TrapTaken(String doc, ExhaustiveGold.Item trap, StoredClaim claim) {
    }

    /**
     * The figures as text for a terminal; with {@code misses} and {@code falsePositives} also those lists, one
     * line each with the document id, model, attribute, value and quote. Traps taken are always listed.
     */
    public String format(boolean withMisses, boolean withFalsePositives) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "documents %d, gold claims %d, claims stored %d, traps %d%n", documents,
                overall.gold(), overall.claims(), overall.traps()));
        b.append(String.format(Locale.ROOT, "recall    %d/%d = %.3f%n", overall.found(), overall.gold(), overall.recall()));
        b.append(String.format(Locale.ROOT, "precision %d/%d = %.3f%n", overall.right(), overall.claims(),
                overall.precision()));
        b.append(String.format(Locale.ROOT, "traps taken %d/%d%n%n", overall.taken(), overall.traps()));
        table(b, "language", byLanguage);
        b.append('\n');
        table(b, "attribute", byAttribute);
        if (!trapsTaken.isEmpty()) {
            b.append('\n');
            for (TrapTaken t : trapsTaken) {
                b.append("TRAP  ").append(t.doc()).append(' ').append(t.trap().id()).append(": ")
                        .append(describe(t.claim())).append("  (").append(t.trap().why()).append(")  «")
                        .append(oneLine(t.claim().claim().quote())).append("»\n");
            }
        }
        if (withMisses && !misses.isEmpty()) {
            b.append('\n');
            for (Miss m : misses) {
                ExhaustiveGold.Item g = m.gold();
                b.append("MISS  ").append(m.doc()).append(' ').append(String.join("|", g.models())).append(' ')
                        .append(g.attribute()).append(" = ").append(g.describeValue())
                        .append(g.precision() == null ? "" : " (" + g.precision() + ")")
                        .append("  «").append(oneLine(g.quote())).append("»\n");
            }
        }
        if (withFalsePositives && !falsePositives.isEmpty()) {
            b.append('\n');
            for (FalsePositive f : falsePositives) {
                b.append("FALSE ").append(f.doc()).append(' ').append(describe(f.claim())).append("  «")
                        .append(oneLine(f.claim().claim().quote())).append("»\n");
            }
        }
        return b.toString();
    }

    /** The report as plain maps and lists, ready for a JSON writer. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("documents", documents);
        m.put("overall", counts(overall));
        m.put("byLanguage", byLanguage.stream().map(ExhaustiveReport::counts).toList());
        m.put("byAttribute", byAttribute.stream().map(ExhaustiveReport::counts).toList());
        m.put("trapsTaken", trapsTaken.stream().map(t -> {
            Map<String, Object> x = claimMap(t.doc(), t.claim());
            x.put("trap", t.trap().id());
            x.put("why", t.trap().why());
            return x;
        }).toList());
        m.put("misses", misses.stream().map(x -> {
            Map<String, Object> y = new LinkedHashMap<>();
            ExhaustiveGold.Item g = x.gold();
            y.put("doc", x.doc());
            y.put("id", g.id());
            y.put("model", g.models());
            y.put("attribute", g.attribute());
            y.put("value", g.value());
            y.put("low", g.low());
            y.put("high", g.high());
            y.put("precision", g.precision());
            y.put("quote", g.quote());
            return y;
        }).toList());
        m.put("falsePositives", falsePositives.stream().map(f -> claimMap(f.doc(), f.claim())).toList());
        return m;
    }

    private static Map<String, Object> counts(Counts c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", c.name());
        m.put("gold", c.gold());
        m.put("found", c.found());
        m.put("recall", round(c.recall()));
        m.put("claims", c.claims());
        m.put("right", c.right());
        m.put("precision", round(c.precision()));
        m.put("traps", c.traps());
        m.put("trapsTaken", c.taken());
        return m;
    }

    private static Map<String, Object> claimMap(String doc, StoredClaim sc) {
        Claim c = sc.claim();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("doc", doc);
        m.put("model", c.model());
        m.put("attribute", c.attribute());
        m.put("value", c.jsonValue());
        m.put("low", c.low());
        m.put("high", c.high());
        m.put("precision", c.precision());
        m.put("quote", c.quote());
        return m;
    }

    private static double round(double d) {
        return Math.round(d * 1000) / 1000.0;
    }

    private static void table(StringBuilder b, String title, List<Counts> rows) {
        b.append(String.format(Locale.ROOT, "%-30s %5s %5s %6s %6s %5s %9s %5s%n", title, "gold", "found", "recall",
                "claims", "right", "precision", "traps"));
        for (Counts c : rows) {
            b.append(String.format(Locale.ROOT, "%-30s %5d %5d %6.3f %6d %5d %9.3f %2d/%-2d%n", c.name(), c.gold(),
                    c.found(), c.recall(), c.claims(), c.right(), c.precision(), c.taken(), c.traps()));
        }
    }

    private static String describe(StoredClaim sc) {
        Claim c = sc.claim();
        StringBuilder b = new StringBuilder(c.model()).append(' ').append(c.attribute()).append(" = ");
        if (c.kind() == ValueKind.NUMBER) {
            b.append(c.value() == null ? "" : number(c.value()));
            if (c.low() != null || c.high() != null) {
                b.append(" [").append(c.low() == null ? "" : number(c.low())).append(", ")
                        .append(c.high() == null ? "" : number(c.high())).append(']');
            }
        } else {
            b.append(c.text());
            if (c.precision() != null) {
                b.append(" (").append(c.precision()).append(')');
            }
        }
        return b.toString();
    }

    /** A number without exponent or trailing zeros (671000000000, 0.5, 88.5). */
    static String number(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return String.valueOf(d);
        }
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }

    /** Collects counts and lists as the scorer walks the documents. */
    static final class Builder {
        private int documents;
        private final Map<String, int[]> byLanguage = new TreeMap<>();
        private final Map<String, int[]> byAttribute = new TreeMap<>();
        private final int[] overall = new int[6];
        private final List<Miss> misses = new ArrayList<>();
        private final List<FalsePositive> falsePositives = new ArrayList<>();
        private final List<TrapTaken> trapsTaken = new ArrayList<>();

        void document() {
            documents++;
        }

        void gold(ExhaustiveGold.GoldDocument d, ExhaustiveGold.Item g, boolean found) {
            add(d, g.attribute(), 0, found ? 1 : 0);
            if (!found) {
                misses.add(new Miss(d.id(), g));
            }
        }

        void claim(ExhaustiveGold.GoldDocument d, StoredClaim c, boolean right) {
            add(d, c.claim().attribute(), 2, right ? 1 : 0);
            if (!right) {
                falsePositives.add(new FalsePositive(d.id(), c));
            }
        }

        void trap(ExhaustiveGold.GoldDocument d, ExhaustiveGold.Item t, StoredClaim taker) {
            add(d, t.attribute(), 4, taker != null ? 1 : 0);
            if (taker != null) {
                trapsTaken.add(new TrapTaken(d.id(), t, taker));
            }
        }

        /** Adds 1 to the total at {@code slot} and {@code hit} to the slot after it, in all three groupings. */
        private void add(ExhaustiveGold.GoldDocument d, String attribute, int slot, int hit) {
            for (int[] v : List.of(overall, byLanguage.computeIfAbsent(language(d.lang()), k -> new int[6]),
                    byAttribute.computeIfAbsent(attribute, k -> new int[6]))) {
                v[slot]++;
                v[slot + 1] += hit;
            }
        }

        /** "en (English)", "zh (Chinese)"; other codes as given. */
        private static String language(String code) {
            return switch (code.toLowerCase(Locale.ROOT)) {
                case "en" -> "en (English)";
                case "zh", "zh-cn", "zh-hans", "zh-hant", "zh-tw" -> code + " (Chinese)";
                default -> code;
            };
        }

        ExhaustiveReport build() {
            return new ExhaustiveReport(documents, counts("OVERALL", overall), rows(byLanguage), rows(byAttribute),
                    misses, falsePositives, trapsTaken);
        }

        private static List<Counts> rows(Map<String, int[]> m) {
            return m.entrySet().stream().map(e -> counts(e.getKey(), e.getValue())).toList();
        }

        private static Counts counts(String name, int[] v) {
            return new Counts(name, v[0], v[1], v[2], v[3], v[4], v[5]);
        }
    }
}
