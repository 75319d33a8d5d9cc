package org.specledger.web.sheet;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;
import org.specledger.claims.Attributes;
import org.specledger.claims.Claim;

/**
 * Readable units for canonical values (SPEC_SCHEMA.md stores counts, tokens, bytes, seconds and hours as plain
 * numbers): "2.4 T", "256K tokens", "96 GB", "6 weeks", "2.788M GPU-hours", "88.5 (MMLU)". A lower bound reads
 * "≥ 1 T", an upper bound "≤ 1 T", a range "3,000–4,000 cards". Dates, booleans and words are shown as given.
 */
public final class Units {
    private static final double DAY = 86_400;
    private static final double WEEK = 7 * DAY;

    /** Display names of common benchmarks; others are shown upper-cased. */
    private static final Map<String, String> BENCHMARKS = Map.ofEntries(
            Map.entry("mmlu", "MMLU"), Map.entry("mmlu-pro", "MMLU-Pro"), Map.entry("cmmlu", "CMMLU"),
            Map.entry("c-eval", "C-Eval"), Map.entry("ceval", "C-Eval"), Map.entry("gsm8k", "GSM8K"),
            Map.entry("humaneval", "HumanEval"), Map.entry("math", "MATH"), Map.entry("gpqa", "GPQA"),
            Map.entry("swe-bench", "SWE-bench"), Map.entry("livecodebench", "LiveCodeBench"),
            Map.entry("aime", "AIME"), Map.entry("arena-hard", "Arena-Hard"));

    private Units() {
    }

    /** A claim's value in readable units. */
    public static String format(Claim c) {
        return format(c.attribute(), c.value(), c.low(), c.high(), c.text(), c.precision());
    }

    /**
     * The value in readable units.
     *
     * @param value     the number in the attribute's canonical unit, or null
     * @param low       lower bound, or null
     * @param high      upper bound, or null
     * @param text      the string value of a date, boolean, enum or text attribute, or null
     * @param precision a date's precision; dates are shown as given, so it only matters for callers that want it
     * @return the readable form; "" when there is no value at all
     */
    public static String format(String attribute, Double value, Double low, Double high, String text, String precision) {
        // A pure function of its arguments, asked for the same few values again and again (every claim on a
        // search page, a sheet, a board): the formatting itself (BigDecimal rounding, DecimalFormat) was a fifth
        // of rendering the search page.
        Key key = new Key(attribute, value, low, high, text);
        String known = FORMATTED.get(key);
        if (known != null) {
            return known;
        }
        String formatted = compute(attribute, value, low, high, text);
        if (FORMATTED.size() >= FORMATTED_MAX) {
            FORMATTED.clear(); // crude but bounded; refilled by the values in use
        }
        FORMATTED.put(key, formatted);
        return formatted;
    }

    /** Values formatted lately, at most {@value #FORMATTED_MAX}. */
    static final int FORMATTED_MAX = 20_000;
    private static final java.util.concurrent.ConcurrentHashMap<Key, String> FORMATTED = new java.util.concurrent.ConcurrentHashMap<>();

    private record Key(String attribute, Double value, Double low, Double high, String text) {
    }

    private static String compute(String attribute, Double value, Double low, Double high, String text) {
        if (value == null && low == null && high == null) {
            return text == null ? "" : formatText(attribute, text);
        }
        if (low != null && high != null && !low.equals(high)) {
            return range(attribute, low, high);
        }
        if (low != null && high == null && (value == null || value.equals(low))) {
            return "≥ " + one(attribute, low);
        }
        if (high != null && low == null && (value == null || value.equals(high))) {
            return "≤ " + one(attribute, high);
        }
        if (value != null) {
            return one(attribute, value);
        }
        return low != null ? "≥ " + one(attribute, low) : "≤ " + one(attribute, high);
    }

    private static String formatText(String attribute, String text) {
        if (Attributes.OPEN_WEIGHTS.equals(attribute)) {
            return switch (text.trim().toLowerCase(Locale.ROOT)) {
                case "true" -> "yes (open weights)";
                case "false" -> "no (closed weights)";
                default -> text;
            };
        }
        return text;
    }

    private static String one(String attribute, double v) {
        return switch (unitOf(attribute)) {
            case COUNT -> scaled(v, " ");
            case TOKENS -> tokens(v) + " tokens";
            case CARDS -> grouped(v) + " cards";
            case BYTES -> bytes(v);
            case SECONDS -> duration(v);
            case GPU_HOURS -> scaled(v, "") + " GPU-hours";
            case FLOP -> scientific(v) + " FLOP";
            case TOKENS_PER_DAY -> tokens(v) + " tokens/day";
            case BENCHMARK -> plain(v) + " (" + benchmarkName(attribute) + ")";
            case PLAIN -> plain(v);
        };
    }

    private static String range(String attribute, double low, double high) {
        return switch (unitOf(attribute)) {
            case CARDS -> grouped(low) + "–" + grouped(high) + " cards";
            case COUNT -> {
                String[] suffix = {"", "K", "M", "B", "T"};
                int p = power(high);
                double div = Math.pow(1000, p);
                yield p == 0 ? plain(low) + "–" + plain(high)
                        : plain(low / div) + "–" + plain(high / div) + " " + suffix[p];
            }
            default -> one(attribute, low) + " – " + one(attribute, high);
        };
    }

    private enum Unit { COUNT, TOKENS, CARDS, BYTES, SECONDS, GPU_HOURS, FLOP, TOKENS_PER_DAY, BENCHMARK, PLAIN }

    private static Unit unitOf(String attribute) {
        if (Attributes.isBenchmark(attribute)) {
            return Unit.BENCHMARK;
        }
        return switch (attribute == null ? "" : attribute) {
            case Attributes.TOTAL_PARAMETERS, Attributes.ACTIVE_PARAMETERS -> Unit.COUNT;
            case Attributes.CONTEXT_LENGTH, Attributes.TRAINING_TOKENS -> Unit.TOKENS;
            case Attributes.TRAINING_ACCELERATORS -> Unit.CARDS;
            case Attributes.MEMORY_PER_ACCELERATOR -> Unit.BYTES;
            case Attributes.TRAINING_DURATION -> Unit.SECONDS;
            case Attributes.TRAINING_GPU_HOURS -> Unit.GPU_HOURS;
            case Attributes.TRAINING_COMPUTE -> Unit.FLOP;
            case Attributes.API_FREE_QUOTA -> Unit.TOKENS_PER_DAY;
            default -> Unit.PLAIN;
        };
    }

    /** 0 for below a thousand, 1 for K, 2 for M, 3 for B, 4 for T. */
    private static int power(double v) {
        int p = 0;
        double a = Math.abs(v);
        while (p < 4 && a >= 1000) {
            a /= 1000;
            p++;
        }
        return p;
    }

    /** 2.4e12 → "2.4 T", 671e9 → "671 B" (sep between number and suffix). */
    private static String scaled(double v, String sep) {
        String[] suffix = {"", "K", "M", "B", "T"};
        int p = power(v);
        return p == 0 ? plain(v) : plain(v / Math.pow(1000, p)) + sep + suffix[p];
    }

    /**
     * Token counts: 256_000 → "256K", 14.8e12 → "14.8T". Context windows are often powers of two
     * (131_072 = "128K" in vendors' own words), so a binary multiple that is not a decimal one uses 1024.
     */
    private static String tokens(double v) {
        if (v >= 1024 && v % 1000 != 0 && v == Math.rint(v)) {
            if (v % (1024 * 1024) == 0) {
                return plain(v / (1024 * 1024)) + "M";
            }
            if (v % 1024 == 0) {
                return plain(v / 1024) + "K";
            }
        }
        return scaled(v, "");
    }

    /** Bytes in GB/TB; HBM sizes are powers of two ("96 GB" = 96 GiB on data sheets), so both read as GB. */
    private static String bytes(double v) {
        double gib = v / (1024.0 * 1024 * 1024);
        if (gib >= 1 && gib == Math.rint(gib)) {
            return plain(gib) + " GB";
        }
        if (v >= 1e12) {
            return plain(v / 1e12) + " TB";
        }
        if (v >= 1e9) {
            return plain(v / 1e9) + " GB";
        }
        if (v >= 1e6) {
            return plain(v / 1e6) + " MB";
        }
        return grouped(v) + " bytes";
    }

    private static String duration(double seconds) {
        if (seconds >= WEEK && seconds % WEEK == 0) {
            return count(seconds / WEEK, "week");
        }
        if (seconds >= DAY) {
            return count(seconds / DAY, "day");
        }
        if (seconds >= 3600) {
            return count(seconds / 3600, "hour");
        }
        return count(seconds, "second");
    }

    private static String count(double n, String unit) {
        return plain(n) + " " + unit + (n == 1 ? "" : "s");
    }

    /** 3.8e24 → "3.8e24". */
    private static String scientific(double v) {
        if (v < 1e6) {
            return plain(v);
        }
        int exp = (int) Math.floor(Math.log10(v));
        double mantissa = v / Math.pow(10, exp);
        return plain(mantissa) + "e" + exp;
    }

    private static String benchmarkName(String attribute) {
        String name = attribute.substring(Attributes.BENCHMARK_PREFIX.length());
        return BENCHMARKS.getOrDefault(name, name.toUpperCase(Locale.ROOT));
    }

    /** Up to four significant digits, no trailing zeros, no grouping: 2.788, 88.5, 671. */
    static String plain(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        BigDecimal d = new BigDecimal(v).round(new MathContext(Math.max(4, digitsBeforePoint(v))));
        return d.stripTrailingZeros().toPlainString();
    }

    private static int digitsBeforePoint(double v) {
        return Math.max(1, (int) Math.floor(Math.log10(Math.max(1, Math.abs(v)))) + 1);
    }

    /** 3000 → "3,000". */
    private static String grouped(double v) {
        DecimalFormat f = new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f.format(v);
    }
}
