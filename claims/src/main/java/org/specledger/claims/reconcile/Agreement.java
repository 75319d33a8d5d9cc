package org.specledger.claims.reconcile;

import java.text.Normalizer;
import java.util.Locale;
import org.specledger.claims.Attributes;
import org.specledger.claims.Claim;
import org.specledger.claims.ValueKind;
import org.specledger.claims.reference.Accelerator;
import org.specledger.claims.reference.ReferenceData;

/**
 * When two claims on one (model, attribute) say the same thing.
 *
 * <ul>
 *   <li>Numbers agree when their intervals overlap once each end is widened by {@link #RELATIVE_TOLERANCE}
 *       (7.5 %). A point is the interval [v, v]; a range [low, high]; "more than a trillion" is [1e12, ∞).
 *       7.5 % covers K = 1000 against 1024 (2.4 %) and GB against GiB (7.4 %), so "256K" agrees with 262,144
 *       tokens and "64 GB" with "64 GiB", while 1.2 trillion and 2.4 trillion stay apart.</li>
 *   <li>Dates agree at the coarser of the two precisions: "2025" agrees with "2025-03-04", "2025-03" does not
 *       with "2025-04-01".</li>
 *   <li>Booleans and enums agree when equal; text when equal ignoring case, width and spacing. Accelerator names
 *       are compared as the chip they resolve to in the reference data ("910C" = "昇腾910C").</li>
 *   <li>Claims of different kinds, or without any value, are taken as compatible: there is no basis to disagree.</li>
 * </ul>
 */
final class Agreement {
    /** Relative widening of each numeric end before intervals are compared: 7.5 %. */
    static final double RELATIVE_TOLERANCE = 0.075;

    /** Specificity ranks: a point or a day is the most specific, an open bound or a year the least. */
    static final int POINT = 2;
    static final int RANGE = 1;
    static final int BOUND = 0;

    private final ReferenceData ref;

    Agreement(ReferenceData ref) {
        this.ref = ref;
    }

    boolean compatible(Claim a, Claim b) {
        if (a.kind() != b.kind()) {
            return true;
        }
        return switch (a.kind()) {
            case NUMBER -> numbersAgree(a, b);
            case DATE -> datesAgree(a, b);
            default -> {
                String ka = key(a);
                String kb = key(b);
                yield ka.isEmpty() || kb.isEmpty() || ka.equals(kb);
            }
        };
    }

    private static boolean numbersAgree(Claim a, Claim b) {
        double[] x = interval(a);
        double[] y = interval(b);
        if (x == null || y == null) {
            return true;
        }
        return x[0] <= widenUp(y[1]) && y[0] <= widenUp(x[1]);
    }

    private static double widenUp(double v) {
        return Double.isInfinite(v) ? v : v + RELATIVE_TOLERANCE * Math.abs(v);
    }

    /** The numeric interval a claim asserts, [lo, hi] with infinite open ends; null when it states no number. */
    static double[] interval(Claim c) {
        if (c.kind() != ValueKind.NUMBER) {
            return null;
        }
        if (c.low() != null || c.high() != null) {
            return new double[] {
                    c.low() != null ? c.low() : Double.NEGATIVE_INFINITY,
                    c.high() != null ? c.high() : Double.POSITIVE_INFINITY};
        }
        return c.value() == null ? null : new double[] {c.value(), c.value()};
    }

    private static boolean datesAgree(Claim a, Claim b) {
        String x = isoDate(a.text());
        String y = isoDate(b.text());
        if (x.isEmpty() || y.isEmpty()) {
            return true;
        }
        int n = Math.min(dateLength(a), dateLength(b));
        return x.substring(0, Math.min(n, x.length())).equals(y.substring(0, Math.min(n, y.length())));
    }

    /** The ISO date part (yyyy, yyyy-MM or yyyy-MM-dd) of a date or date-time string. */
    static String isoDate(String s) {
        if (s == null) {
            return "";
        }
        String t = s.strip();
        return t.length() > 10 ? t.substring(0, 10) : t;
    }

    /** Characters of the ISO form that a date claim's precision covers: 10 (day), 7 (month) or 4 (year). */
    static int dateLength(Claim c) {
        return precisionLength(c.precision(), isoDate(c.text()));
    }

    static int precisionLength(String precision, String iso) {
        if (precision != null) {
            switch (precision.toLowerCase(Locale.ROOT)) {
                case "year": return 4;
                case "month": return 7;
                case "day": return 10;
                default: break;
            }
        }
        return iso.length() >= 10 ? 10 : iso.length() >= 7 ? 7 : Math.min(4, iso.length());
    }

    /** How precise a claim is: {@link #POINT}, {@link #RANGE} or {@link #BOUND}. */
    static int specificity(Claim c) {
        if (c.kind() == ValueKind.NUMBER) {
            double[] i = interval(c);
            if (i == null || Double.isInfinite(i[0]) || Double.isInfinite(i[1])) {
                return BOUND;
            }
            return i[0] == i[1] ? POINT : RANGE;
        }
        if (c.kind() == ValueKind.DATE) {
            int n = dateLength(c);
            return n >= 10 ? POINT : n >= 7 ? RANGE : BOUND;
        }
        return POINT;
    }

    /**
     * The claim's value class: two claims of one class agree with every other claim alike and have the same
     * specificity, so consensus and conflict checks can compare classes instead of every pair of claims.
     */
    Object valueClass(Claim c) {
        return switch (c.kind()) {
            case NUMBER -> java.util.Arrays.asList(c.kind(), c.value(), c.low(), c.high());
            case DATE -> java.util.Arrays.asList(c.kind(), c.text(), c.precision());
            default -> java.util.Arrays.asList(c.kind(), key(c));
        };
    }

    /** Keys already computed, by attribute and text: settling a tally compares every pair, so each key is asked for many times. */
    private final java.util.Map<String, String> keys = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_KEYS = 50_000;

    /** The comparison key of a non-numeric, non-date claim. */
    String key(Claim c) {
        String t = c.text() == null ? "" : c.text();
        String memo = c.attribute() + "\u0000" + t;
        String k = keys.get(memo);
        if (k == null) {
            if (keys.size() > MAX_KEYS) {
                keys.clear();
            }
            k = computeKey(c.attribute(), t);
            keys.put(memo, k);
        }
        return k;
    }

    private String computeKey(String attribute, String t) {
        if (Attributes.ACCELERATOR_MODEL.equals(attribute) && ref != null) {
            java.util.Optional<Accelerator> chip = ref.accelerator(t);
            if (chip.isPresent()) {
                return "chip:" + chip.get().chip();
            }
        }
        String n = Normalizer.normalize(t, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return n.replaceAll("\\s+", " ").strip();
    }
}
