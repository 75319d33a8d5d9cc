package org.specledger.claims.reconcile;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import org.specledger.claims.Attributes;
import org.specledger.claims.Claim;

/**
 * Values as a journalist writes them: "1.2 trillion", "2,000,000 cards", "96 GB", "42 days", "3.8 × 10^24 FLOP".
 * Figures keep at most four significant digits.
 */
final class Wording {
    private static final double GIB = 1L << 30;

    private Wording() {
    }

    /** The claim's value in words, bounds and ranges included ("at least 1 trillion", "3,000–4,000 cards"). */
    static String value(Claim c) {
        return switch (c.kind()) {
            case NUMBER -> {
                double[] i = Agreement.interval(c);
                if (i == null) {
                    yield "an unstated number";
                }
                yield range(c.attribute(), i[0], i[1]);
            }
            case BOOLEAN -> bool(c.attribute(), c.text());
            case DATE -> c.text() == null ? "an unstated date" : Agreement.isoDate(c.text());
            default -> c.text() == null ? "an unstated value" : c.text().strip();
        };
    }

    static String range(String attribute, double lo, double hi) {
        if (Double.isInfinite(lo) && Double.isInfinite(hi)) {
            return "an unstated number";
        }
        if (Double.isInfinite(hi)) {
            return "at least " + quantity(attribute, lo);
        }
        if (Double.isInfinite(lo)) {
            return "at most " + quantity(attribute, hi);
        }
        if (lo == hi) {
            return quantity(attribute, lo);
        }
        String unitLo = unit(attribute, lo);
        if (unitLo.equals(unit(attribute, hi))) {
            return number(attribute, lo) + "–" + number(attribute, hi) + unitLo;
        }
        return quantity(attribute, lo) + "–" + quantity(attribute, hi);
    }

    /** A number with its unit. */
    static String quantity(String attribute, double v) {
        return number(attribute, v) + unit(attribute, v);
    }

    private static String number(String attribute, double v) {
        if (attribute == null) {
            return plain(v);
        }
        return switch (attribute) {
            case Attributes.TOTAL_PARAMETERS, Attributes.ACTIVE_PARAMETERS, Attributes.TRAINING_TOKENS,
                 Attributes.TRAINING_GPU_HOURS -> scaled(v);
            case Attributes.TRAINING_ACCELERATORS, Attributes.CONTEXT_LENGTH, Attributes.API_FREE_QUOTA -> grouped(v);
            case Attributes.MEMORY_PER_ACCELERATOR -> binaryOnly(v) ? plain(v / GIB) : plain(v / 1e9);
            case Attributes.TRAINING_DURATION -> v >= 2 * 86_400 ? plain(v / 86_400) : plain(v / 3_600);
            case Attributes.TRAINING_COMPUTE -> scientific(v);
            default -> plain(v);
        };
    }

    private static String unit(String attribute, double v) {
        if (attribute == null) {
            return "";
        }
        return switch (attribute) {
            case Attributes.TRAINING_TOKENS -> " tokens";
            case Attributes.CONTEXT_LENGTH -> " tokens";
            case Attributes.TRAINING_GPU_HOURS -> " GPU hours";
            case Attributes.TRAINING_ACCELERATORS -> v == 1 ? " card" : " cards";
            case Attributes.API_FREE_QUOTA -> " tokens a day";
            case Attributes.MEMORY_PER_ACCELERATOR -> binaryOnly(v) ? " GiB" : " GB";
            case Attributes.TRAINING_DURATION -> v >= 2 * 86_400 ? " days" : " hours";
            case Attributes.TRAINING_COMPUTE -> " FLOP";
            default -> "";
        };
    }

    private static boolean binaryOnly(double bytes) {
        return bytes > 0 && bytes % GIB == 0 && bytes % 1e9 != 0;
    }

    private static String bool(String attribute, String text) {
        boolean yes = "true".equalsIgnoreCase(text == null ? "" : text.strip());
        if (Attributes.OPEN_WEIGHTS.equals(attribute)) {
            return yes ? "open weights" : "no open weights (closed or API only)";
        }
        return yes ? "yes" : "no";
    }

    /** 1.2e12 → "1.2 trillion"; below a million, digits with thousands separators. */
    static String scaled(double v) {
        double a = Math.abs(v);
        if (a >= 1e12) {
            return plain(v / 1e12) + " trillion";
        }
        if (a >= 1e9) {
            return plain(v / 1e9) + " billion";
        }
        if (a >= 1e6) {
            return plain(v / 1e6) + " million";
        }
        return grouped(v);
    }

    /** 2000000 → "2,000,000"; fractions keep up to four significant digits. */
    static String grouped(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e18) {
            return String.format(Locale.ROOT, "%,d", (long) v);
        }
        return plain(v);
    }

    /** At most four significant digits, no trailing zeros, no exponent: 2.788, 671, 0.5, 2,400. */
    static String plain(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return String.valueOf(v);
        }
        BigDecimal d = new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros();
        String s = d.toPlainString();
        if (d.abs().compareTo(BigDecimal.valueOf(1_000)) >= 0 && d.scale() <= 0) {
            return String.format(Locale.ROOT, "%,d", d.longValue());
        }
        return s;
    }

    /** A reference row's source without its trailing note in parentheses, for use inside a sentence. */
    static String citation(String source) {
        String s = source == null ? "" : source.strip();
        return s.replaceFirst("\\s*\\([^()]*\\)$", "");
    }

    /** 3.8e24 → "3.8 × 10^24". */
    static String scientific(double v) {
        if (v == 0) {
            return "0";
        }
        int exp = (int) Math.floor(Math.log10(Math.abs(v)));
        if (exp < 6) {
            return plain(v);
        }
        return plain(v / Math.pow(10, exp)) + " × 10^" + exp;
    }
}
