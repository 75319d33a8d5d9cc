package org.specledger.claims.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.specledger.claims.Claim;
import org.specledger.claims.ValueKind;

/**
 * Scores the claims a ledger stored for each document against an {@link ExhaustiveGold}, exactly as
 * {@code ../shared/bench/claims-real/README.md} ("The score") says:
 * <ul>
 *   <li>a claim <b>matches</b> a gold claim of its own document when its model resolves to one of the gold claim's
 *       models (by gold id or alias, compared lower-case without punctuation), the attribute is the same
 *       ({@code benchmark:<name>} compared without punctuation), and the value agrees: numbers within the gold's
 *       {@code tol} (default 0.02) relative to the gold value; a gold {@code low}/{@code high} compared on the claim's
 *       {@code low}/{@code high}, or its value when it has none; booleans equal; text and dates when the gold value is
 *       contained in the claim's (ignoring case);</li>
 *   <li><b>recall</b> = gold claims matched by some claim of their document / all gold claims;</li>
 *   <li><b>precision</b> = claims matching some gold claim of their document / all claims of the gold's documents,
 *       where for precision only a claim is also right when less precise but not wrong: a month-precision date that
 *       is a prefix of the gold day, or a point value inside a gold range (both bounds given);</li>
 *   <li><b>traps taken</b> = traps matched (as above, strictly) by a claim of their document; a trap naming no model
 *       is taken by a claim of any model.</li>
 * </ul>
 * A claim's model resolves through the names the ledger stores for it: its canonical name and id first, and only
 * when neither is a gold id or alias, its stored aliases. Matching is many-to-one both ways (one claim may match
 * several gold claims and the reverse), as the README's counts are. Pure; no I/O.
 */
public final class ExhaustiveScorer {
    /** The gold's default relative tolerance for numbers ({@code tol} when a claim gives none): 2 %. */
    public static final double DEFAULT_TOLERANCE = 0.02;

    private final ExhaustiveGold gold;
    /** Lookup key → the gold model ids that have it as id or alias. */
    private final Map<String, Set<String>> goldModelsByKey = new HashMap<>();

    public ExhaustiveScorer(ExhaustiveGold gold) {
        this.gold = gold;
        for (ExhaustiveGold.GoldModel m : gold.models().values()) {
            goldModelsByKey.computeIfAbsent(key(m.id()), k -> new LinkedHashSet<>()).add(m.id());
            for (String a : m.aliases()) {
                goldModelsByKey.computeIfAbsent(key(a), k -> new LinkedHashSet<>()).add(m.id());
            }
        }
    }

    /** The comparison form of a name: NFKC, lower case, everything but letters and digits removed. */
    public static String key(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    /**
     * @param stored per gold document id, the claims the ledger stored for it; documents missing here count as
     *               scored with no claims only when {@code scored} contains them
     * @param scored the gold document ids to score (those imported); gold claims and traps of other documents are
     *               left out of every figure
     */
    public ExhaustiveReport score(Map<String, List<StoredClaim>> stored, Set<String> scored) {
        ExhaustiveReport.Builder report = new ExhaustiveReport.Builder();
        Map<String, List<ExhaustiveGold.Item>> goldByDoc = byDoc(gold.claims());
        Map<String, List<ExhaustiveGold.Item>> trapsByDoc = byDoc(gold.traps());
        for (ExhaustiveGold.GoldDocument d : gold.documents().values()) {
            if (!scored.contains(d.id())) {
                continue;
            }
            report.document();
            List<StoredClaim> claims = stored.getOrDefault(d.id(), List.of());
            List<Set<String>> resolved = new ArrayList<>(claims.size());
            for (StoredClaim c : claims) {
                resolved.add(resolve(c));
            }
            List<ExhaustiveGold.Item> golds = goldByDoc.getOrDefault(d.id(), List.of());
            for (ExhaustiveGold.Item g : golds) {
                boolean found = false;
                for (int i = 0; i < claims.size() && !found; i++) {
                    found = matches(g, claims.get(i), resolved.get(i), false);
                }
                report.gold(d, g, found);
            }
            for (int i = 0; i < claims.size(); i++) {
                boolean right = false;
                for (int j = 0; j < golds.size() && !right; j++) {
                    right = matches(golds.get(j), claims.get(i), resolved.get(i), true);
                }
                report.claim(d, claims.get(i), right);
            }
            for (ExhaustiveGold.Item t : trapsByDoc.getOrDefault(d.id(), List.of())) {
                StoredClaim taker = null;
                for (int i = 0; i < claims.size() && taker == null; i++) {
                    if (matches(t, claims.get(i), resolved.get(i), false)) {
                        taker = claims.get(i);
                    }
                }
                report.trap(d, t, taker);
            }
        }
        return report.build();
    }

    /** The gold model ids a stored claim's model resolves to (empty when none). */
    Set<String> resolve(StoredClaim c) {
        Set<String> byName = new LinkedHashSet<>();
        for (String n : new String[] {c.claim().model(), c.modelId()}) {
            if (n != null) {
                byName.addAll(goldModelsByKey.getOrDefault(key(n), Set.of()));
            }
        }
        if (!byName.isEmpty()) {
            return byName;
        }
        Set<String> byAlias = new LinkedHashSet<>();
        for (String a : c.modelNames()) {
            byAlias.addAll(goldModelsByKey.getOrDefault(key(a), Set.of()));
        }
        return byAlias;
    }

    /**
     * True when the claim says what the gold item says (see the class comment).
     *
     * @param lenient also accept the "less precise but not wrong" values that count for precision only
     */
    boolean matches(ExhaustiveGold.Item g, StoredClaim sc, Set<String> claimModels, boolean lenient) {
        Claim c = sc.claim();
        if (!sameAttribute(g.attribute(), c.attribute())) {
            return false;
        }
        if (!g.models().isEmpty() && g.models().stream().noneMatch(m -> sameModel(m, sc, claimModels))) {
            return false;
        }
        return sameValue(g, c) || lenient && lessPreciseNotWrong(g, c);
    }

    /** The gold model {@code m} is the claim's: through the gold's aliases, or by name when the gold lists no such model. */
    private boolean sameModel(String m, StoredClaim sc, Set<String> claimModels) {
        if (claimModels.contains(m)) {
            return true;
        }
        if (gold.models().containsKey(m)) {
            return false;
        }
        String k = key(m);
        if (k.equals(key(sc.claim().model())) || sc.modelId() != null && k.equals(key(sc.modelId()))) {
            return true;
        }
        return sc.modelNames().stream().anyMatch(n -> k.equals(key(n)));
    }

    static boolean sameAttribute(String gold, String claim) {
        String bench = "benchmark:";
        if (gold.startsWith(bench) && claim.startsWith(bench)) {
            return key(gold.substring(bench.length())).equals(key(claim.substring(bench.length())));
        }
        return gold.equals(claim);
    }

    static boolean sameValue(ExhaustiveGold.Item g, Claim c) {
        Object gv = g.value();
        if (gv instanceof Boolean b) {
            return c.kind() == ValueKind.BOOLEAN && c.text() != null && b == Boolean.parseBoolean(c.text().strip());
        }
        if (gv instanceof String s) {
            return c.kind() != ValueKind.NUMBER && c.text() != null && fold(c.text()).contains(fold(s));
        }
        if (gv != null && !(gv instanceof Number)) {
            return false;
        }
        if (c.kind() != ValueKind.NUMBER) {
            return false;
        }
        if (gv == null && g.low() == null && g.high() == null) {
            return false;
        }
        double tol = g.tolerance();
        if (gv instanceof Number n && !within(n.doubleValue(), c.value(), tol)) {
            return false;
        }
        if (g.low() != null && !within(g.low(), c.low() != null ? c.low() : c.value(), tol)) {
            return false;
        }
        return g.high() == null || within(g.high(), c.high() != null ? c.high() : c.value(), tol);
    }

    /** A month-precision date that is a prefix of the gold day; a point value inside a gold range. */
    static boolean lessPreciseNotWrong(ExhaustiveGold.Item g, Claim c) {
        if (g.value() instanceof String s && c.kind() == ValueKind.DATE && c.text() != null) {
            String t = c.text().strip();
            return "month".equals(c.precision()) && "day".equals(precisionOf(g, s)) && t.length() >= 7
                    && s.strip().startsWith(t);
        }
        if (g.value() == null && g.low() != null && g.high() != null && c.kind() == ValueKind.NUMBER
                && c.value() != null && c.low() == null && c.high() == null) {
            double v = c.value();
            return v >= g.low() * (1 - g.tolerance()) && v <= g.high() * (1 + g.tolerance());
        }
        return false;
    }

    private static String precisionOf(ExhaustiveGold.Item g, String value) {
        if (g.precision() != null) {
            return g.precision();
        }
        return value.strip().length() >= 10 ? "day" : value.strip().length() >= 7 ? "month" : "year";
    }

    /** True when {@code actual} is within {@code tol} of {@code expected}, relative to the expected value. */
    static boolean within(double expected, Double actual, double tol) {
        if (actual == null) {
            return false;
        }
        return Math.abs(actual - expected) <= tol * Math.abs(expected) + 1e-12;
    }

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip();
    }

    private static Map<String, List<ExhaustiveGold.Item>> byDoc(List<ExhaustiveGold.Item> items) {
        Map<String, List<ExhaustiveGold.Item>> m = new HashMap<>();
        for (ExhaustiveGold.Item i : items) {
            m.computeIfAbsent(i.doc(), k -> new ArrayList<>()).add(i);
        }
        return m;
    }
}
