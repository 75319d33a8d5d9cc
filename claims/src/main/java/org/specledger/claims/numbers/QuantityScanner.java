package org.specledger.claims.numbers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds numbers with their scale, range or bound, and unit in normalized text (see
 * {@link org.specledger.claims.text.NormalizedText}): "2.4 T", "671B", "1.2万亿", "两千亿", "3 – 4 thousand cards",
 * "256K-token", "96 GB", "64 GiB", "six-week", "2.788M GPU hours", "10–30×", "about 3 %", "more than a trillion".
 *
 * <p>A hand-written scanner, one pass, so that no input can make it backtrack: the only regular expressions
 * are anchored at a known position and have bounded repetition. Digits glued to letters ("H800", "V3",
 * "910C") are names, not quantities, and are skipped.
 */
public final class QuantityScanner {
    private static final double WEEK = 7 * 86400.0;
    private static final double DAY = 86400.0;
    private static final double MONTH = 30 * 86400.0;

    private static final Map<String, Double> SMALL_WORDS = Map.ofEntries(
            Map.entry("one", 1.0), Map.entry("two", 2.0), Map.entry("three", 3.0), Map.entry("four", 4.0),
            Map.entry("five", 5.0), Map.entry("six", 6.0), Map.entry("seven", 7.0), Map.entry("eight", 8.0),
            Map.entry("nine", 9.0), Map.entry("ten", 10.0), Map.entry("eleven", 11.0), Map.entry("twelve", 12.0),
            Map.entry("fifteen", 15.0), Map.entry("twenty", 20.0), Map.entry("thirty", 30.0),
            Map.entry("forty", 40.0), Map.entry("fifty", 50.0), Map.entry("hundred", 100.0),
            Map.entry("a", 1.0), Map.entry("an", 1.0), Map.entry("half", 0.5));
    private static final Map<String, Double> SCALE_WORDS = Map.of(
            "thousand", 1e3, "million", 1e6, "billion", 1e9, "trillion", 1e12,
            "mn", 1e6, "bn", 1e9, "tn", 1e12);
    private static final Map<String, Double> PLURAL_SCALES = Map.of(
            "tens", 10.0, "dozens", 12.0, "hundreds", 100.0, "thousands", 1e3, "millions", 1e6, "billions", 1e9);

    private static final String CHIP = "(?:(?:Nvidia|NVIDIA|Huawei|Huawei's|Baidu's|Cambricon) )?"
            + "(?:H800|H100|H200|H20|A100|A800|B200|GB200|Ascend(?: 910[ABC]?| 950[A-Z]{0,2}| 920)?|MLU ?\\d{3}"
            + "|Kunlun(?:xin)?(?: P800)?|P800|Hygon K100(?:-AI)?|昇腾 ?(?:910[ABC]?|950)?|昆仑芯 ?(?:P800)?"
            + "|寒武纪 ?(?:MLU\\d{3})?|海光)";
    private static final String NOUN = "(?:GPUs?|NPUs?|TPUs?|cards?|chips?|accelerators?|processors?|张卡|张|块|颗|卡)";
    private static final Pattern ACCEL = Pattern.compile("(?:" + CHIP + "s?(?:[ -]?" + NOUN + ")?|" + NOUN + ")(?![A-Za-z])");
    private static final Pattern GPU_HOURS = Pattern.compile(
            "(?:[A-Z][A-Za-z0-9]{1,12} ){0,2}(?:GPU|NPU|accelerator|card|chip)[- ]?(?:hours|hrs|hour|h\\b|小时|时)|卡时|GPU小时");
    private static final Pattern POWER_OF_TEN = Pattern.compile(" ?[×xX*] ?10\\^[+]?(\\d{1,3})");

    private QuantityScanner() {
    }

    /** All quantities in {@code t} between {@code from} and {@code to}, in order. */
    public static List<Quantity> scan(String t, int from, int to) {
        List<Quantity> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = t.charAt(i);
            Quantity q = null;
            int resume = i + 1;
            if (isDigit(c)) {
                if (glued(t, i, from) || isIsoDate(t, i, to)) {
                    resume = skipAlnum(t, i, to);
                } else {
                    q = numeric(t, i, from, to);
                    if (q == null) {
                        resume = skipAlnum(t, i, to);
                    }
                }
            } else if (isCjkNumeral(c)) {
                q = chinese(t, i, from, to);
                if (q == null) {
                    resume = skipCjkNumerals(t, i, to);
                }
            } else if (isLetter(c) && (i == from || !isAlnum(t.charAt(i - 1)))) {
                q = words(t, i, from, to);
                if (q == null) {
                    resume = skipAlnum(t, i, to);
                }
            }
            if (q != null && Double.isFinite(q.value())) { // "1e308 bn" overflows: no quantity, and no "Infinity" in the JSON
                out.add(q);
                resume = Math.max(q.end(), i + 1);
            }
            i = resume;
        }
        return out;
    }

    // ---- digits ----

    private record Num(double v, int end, boolean plainInteger) {
    }

    private record Scale(double factor, int end) {
    }

    private record UnitHit(Unit unit, double factor, int end) {
    }

    private static Quantity numeric(String t, int i, int from, int to) {
        Num a = literal(t, i, to);
        int j = a.end;
        UnitHit bytesFirst = bytes(t, j, to);
        Scale sa = bytesFirst == null ? scale(t, j, to) : null;
        if (sa != null) {
            j = sa.end;
        }
        double lowV = a.v;
        double highV = Double.NaN;
        Scale sb = null;
        // range: "3 – 4 thousand", "3-4K", "10–30×", "3 to 4 thousand" (not "from 96 to 72")
        if (bytesFirst == null) {
            int k = skipSpace(t, j, to);
            int afterSep = -1;
            if (k < to && (t.charAt(k) == '-' || t.charAt(k) == '~' || t.charAt(k) == '至' || t.charAt(k) == '到')) {
                afterSep = k + 1;
            } else if (k + 2 < to && t.regionMatches(true, k, "to ", 0, 3) && !precededBy(t, i, from, "from")) {
                afterSep = k + 3;
            } else if (k + 3 < to && t.regionMatches(true, k, "and ", 0, 4) && endsWithWord(t, i, from, "between")) {
                afterSep = k + 4;
            }
            if (afterSep > 0) {
                int m = skipSpace(t, afterSep, to);
                if (m < to && isDigit(t.charAt(m)) && !isIsoDate(t, m, to)) {
                    Num b = literal(t, m, to);
                    Scale sbb = bytes(t, b.end, to) == null ? scale(t, b.end, to) : null;
                    double fa = sa != null ? sa.factor : (sbb != null ? sbb.factor : 1);
                    double fb = sbb != null ? sbb.factor : fa;
                    double lo = a.v * fa;
                    double hi = b.v * fb;
                    boolean gluedAfter = sbb == null && b.end < to && isLetter(t.charAt(b.end)) && unit(t, b.end, to) == null;
                    if (hi > lo && !gluedAfter && (sa == null || sbb == null || sa.factor == sbb.factor)) {
                        lowV = lo;
                        highV = hi;
                        sb = sbb != null ? sbb : sa;
                        j = sbb != null ? sbb.end : b.end;
                        if (sa == null && sbb != null) {
                            sa = sbb;
                        }
                    }
                }
            }
        }
        boolean range = !Double.isNaN(highV);
        double factor = sa != null ? sa.factor : 1;
        if (!range) {
            lowV = a.v * factor;
        }
        UnitHit u = unit(t, j, to);
        if (u == null && j < to && isLetter(t.charAt(j)) && sa == null) {
            return null; // "910C", "3rd", "4o": a name or an ordinal
        }
        if (u == null && sa != null && j < to && t.charAt(j) == ' ' && j + 1 < to && t.startsWith("of ", j + 1)) {
            u = unit(t, j + 4, to); // "2 million of them" is rare; "thousands of GPUs" is handled in words()
        }
        boolean currency = currencyBefore(t, i, from);
        Unit unit = currency ? Unit.CURRENCY : (u == null ? Unit.NONE : u.unit);
        double uf = u == null ? 1 : u.factor;
        int end = u == null ? j : u.end;
        if (u != null && u.unit == Unit.CURRENCY) {
            unit = Unit.CURRENCY;
        }
        boolean yearLike = !range && sa == null && u == null && a.plainInteger && a.v >= 1900 && a.v <= 2099
                && a.end - i == 4;
        Double lo = lowV * uf;
        Double hi = range ? highV * uf : null;
        return bounded(t, i, end, from, to, lo, hi, unit, sa != null, yearLike);
    }

    /** Digits with group separators (',' or ' ' before exactly three digits), a decimal part, an exponent. */
    private static Num literal(String t, int i, int to) {
        int j = i;
        while (j < to && isDigit(t.charAt(j))) {
            j++;
        }
        StringBuilder digits = new StringBuilder(t.substring(i, j));
        boolean plain = true;
        if (j - i <= 3) {
            char sep = 0;
            while (j + 3 < to + 0 && j + 3 <= to - 0 && j < to) {
                char s = t.charAt(j);
                if ((s != ',' && s != ' ') || (sep != 0 && s != sep)) {
                    break;
                }
                if (j + 3 >= to || !isDigit(t.charAt(j + 1)) || !isDigit(t.charAt(j + 2)) || !isDigit(t.charAt(j + 3))) {
                    break;
                }
                if (j + 4 < to && isDigit(t.charAt(j + 4))) {
                    break;
                }
                sep = s;
                digits.append(t, j + 1, j + 4);
                j += 4;
                plain = false;
            }
        }
        if (j + 1 < to && t.charAt(j) == '.' && isDigit(t.charAt(j + 1))) {
            int k = j + 1;
            while (k < to && isDigit(t.charAt(k))) {
                k++;
            }
            digits.append(t, j, k);
            j = k;
            plain = false;
        }
        if (j + 1 < to && (t.charAt(j) == 'e' || t.charAt(j) == 'E')) {
            int k = j + 1;
            if (k < to && (t.charAt(k) == '+' || t.charAt(k) == '-')) {
                k++;
            }
            int ds = k;
            while (k < to && k - ds < 3 && isDigit(t.charAt(k))) {
                k++;
            }
            if (k > ds && (k >= to || !isAlnum(t.charAt(k)))) {
                digits.append('E').append(t, j + 1, k);
                j = k;
                plain = false;
            }
        }
        double v;
        try {
            v = Double.parseDouble(digits.length() > 40 ? "0" : digits.toString());
        } catch (NumberFormatException e) {
            v = 0;
        }
        if (j < to) {
            Matcher m = POWER_OF_TEN.matcher(t).region(j, Math.min(to, j + 12));
            if (m.lookingAt()) {
                v = v * Math.pow(10, Integer.parseInt(m.group(1)));
                j = m.end();
                plain = false;
            }
        }
        return new Num(v, j, plain);
    }

    /** A scale right after a number: " trillion", "T", "-billion", "万亿", "亿", "K". */
    private static Scale scale(String t, int j, int to) {
        if (j >= to) {
            return null;
        }
        char c = t.charAt(j);
        switch (c) {
            case '万':
                return j + 1 < to && t.charAt(j + 1) == '亿' ? new Scale(1e12, j + 2) : new Scale(1e4, j + 1);
            case '亿':
                return new Scale(1e8, j + 1);
            case '千':
                return j + 1 < to && t.charAt(j + 1) == '亿' ? new Scale(1e11, j + 2)
                        : j + 1 < to && t.charAt(j + 1) == '万' ? new Scale(1e7, j + 2) : new Scale(1e3, j + 1);
            case '百':
                return j + 1 < to && t.charAt(j + 1) == '亿' ? new Scale(1e10, j + 2)
                        : j + 1 < to && t.charAt(j + 1) == '万' ? new Scale(1e6, j + 2) : null;
            default:
                break;
        }
        int k = j;
        boolean sep = false;
        if (c == ' ' || c == '-') {
            k = j + 1;
            sep = true;
        }
        int w = k;
        while (w < to && w - k < 9 && isLetter(t.charAt(w))) {
            w++;
        }
        if (w == k || (w < to && isLetter(t.charAt(w)))) {
            return null;
        }
        String word = t.substring(k, w);
        Double f = SCALE_WORDS.get(word.toLowerCase(Locale.ROOT));
        if (f != null && (word.length() > 2 || !sep || c == ' ')) {
            return new Scale(f, w);
        }
        if (word.length() == 1 && (c != '-')) {
            switch (word.charAt(0)) {
                case 'K', 'k':
                    return new Scale(1e3, w);
                case 'M':
                    return new Scale(1e6, w);
                case 'B', 'b':
                    return sep ? (word.charAt(0) == 'B' ? new Scale(1e9, w) : null) : new Scale(1e9, w);
                case 'T':
                    return new Scale(1e12, w);
                default:
                    return null;
            }
        }
        return null;
    }

    private static UnitHit bytes(String t, int j, int to) {
        int k = j < to && t.charAt(j) == ' ' ? j + 1 : j;
        String[] names = {"GiB", "TiB", "MiB", "GB", "TB", "MB", "PB", "KB"};
        double[] f = {1L << 30, Math.pow(2, 40), 1 << 20, 1e9, 1e12, 1e6, 1e15, 1e3};
        for (int n = 0; n < names.length; n++) {
            String s = names[n];
            if (t.startsWith(s, k) && (k + s.length() >= to || !isLetter(t.charAt(k + s.length())))) {
                return new UnitHit(Unit.BYTES, f[n], k + s.length());
            }
        }
        return null;
    }

    /** The unit words after a number and its scale, or null. */
    private static UnitHit unit(String t, int j, int to) {
        if (j >= to) {
            return null;
        }
        UnitHit b = bytes(t, j, to);
        if (b != null) {
            return b;
        }
        char c = t.charAt(j);
        if (c == '%') {
            return new UnitHit(Unit.PERCENT, 1, j + 1);
        }
        if (c == '×') {
            return new UnitHit(Unit.TIMES, 1, j + 1);
        }
        if (c == '倍') {
            return new UnitHit(Unit.TIMES, 1, j + 1);
        }
        int k = j;
        if (c == ' ' || c == '-') {
            k = j + 1;
        }
        if (k >= to) {
            return null;
        }
        char d = t.charAt(k);
        if (d == '%' && k == j + 1 && c == ' ') {
            return new UnitHit(Unit.PERCENT, 1, k + 1);
        }
        if (d == '×' && c == ' ') {
            return new UnitHit(Unit.TIMES, 1, k + 1);
        }
        // Chinese units
        if (t.startsWith("参数", k)) {
            return new UnitHit(Unit.PARAMETERS, 1, k + 2);
        }
        if (t.startsWith("个月", k)) {
            return new UnitHit(Unit.SECONDS, MONTH, k + 2);
        }
        if (t.startsWith("周", k) || t.startsWith("星期", k)) {
            return new UnitHit(Unit.SECONDS, WEEK, k + (d == '周' ? 1 : 2));
        }
        if (t.startsWith("天", k)) {
            return new UnitHit(Unit.SECONDS, DAY, k + 1);
        }
        if (t.startsWith("小时", k)) {
            return new UnitHit(Unit.SECONDS, 3600, k + 2);
        }
        if (t.startsWith("元", k) || t.startsWith("美元", k) || t.startsWith("人民币", k)) {
            return new UnitHit(Unit.CURRENCY, 1, k + 1);
        }
        if (t.startsWith("词元", k)) {
            return new UnitHit(Unit.TOKENS, 1, k + 2);
        }
        Matcher gh = GPU_HOURS.matcher(t).region(k, Math.min(to, k + 48));
        if (gh.lookingAt()) {
            return new UnitHit(Unit.GPU_HOURS, 1, gh.end());
        }
        int w = k;
        while (w < to && w - k < 14 && isLetter(t.charAt(w))) {
            w++;
        }
        String word = t.substring(k, w);
        String lw = word.toLowerCase(Locale.ROOT);
        if (!word.isEmpty() && (w >= to || !isAlnum(t.charAt(w)))) {
            switch (lw) {
                case "token", "tokens", "tok":
                    return new UnitHit(Unit.TOKENS, 1, w);
                case "parameter", "parameters", "params", "param":
                    return new UnitHit(Unit.PARAMETERS, 1, w);
                case "flop", "flops":
                    return new UnitHit(Unit.FLOP, 1, w);
                case "week", "weeks":
                    return new UnitHit(Unit.SECONDS, WEEK, w);
                case "day", "days":
                    return new UnitHit(Unit.SECONDS, DAY, w);
                case "month", "months":
                    return new UnitHit(Unit.SECONDS, MONTH, w);
                case "hour", "hours", "hrs", "h":
                    return new UnitHit(Unit.SECONDS, 3600, w);
                case "percent", "pct":
                    return new UnitHit(Unit.PERCENT, 1, w);
                case "times", "fold":
                    return new UnitHit(Unit.TIMES, 1, w);
                case "x":
                    return c == '-' ? null : new UnitHit(Unit.TIMES, 1, w);
                case "free":
                    if (t.startsWith(" tokens", w) || t.startsWith(" token", w)) {
                        return new UnitHit(Unit.TOKENS, 1, w + (t.startsWith(" tokens", w) ? 7 : 6));
                    }
                    break;
                case "dollars", "yuan", "usd", "rmb", "euros", "cny":
                    return new UnitHit(Unit.CURRENCY, 1, w);
                default:
                    break;
            }
            if (lw.equals("per") && t.startsWith(" cent", w)) {
                return new UnitHit(Unit.PERCENT, 1, w + 5);
            }
        }
        Matcher am = ACCEL.matcher(t).region(k, Math.min(to, k + 40));
        if (am.lookingAt() && am.end() > k) {
            return new UnitHit(Unit.ACCELERATORS, 1, am.end());
        }
        return null;
    }

    /** Past "those ", "these ", "the ", "its ", "their ", "our " at k, or k. */
    private static int afterDeterminer(String t, int k, int to) {
        for (String d : new String[] {"those ", "these ", "the ", "its ", "their ", "our "}) {
            if (t.startsWith(d, k) && k + d.length() < to) {
                return k + d.length();
            }
        }
        return k;
    }

    // ---- words ----

    private static Quantity words(String t, int i, int from, int to) {
        int w = i;
        while (w < to && w - i < 12 && isLetter(t.charAt(w))) {
            w++;
        }
        if (w < to && isLetter(t.charAt(w))) {
            return null;
        }
        String word = t.substring(i, w).toLowerCase(Locale.ROOT);
        Double small = SMALL_WORDS.get(word);
        Double plural = PLURAL_SCALES.get(word);
        Double bare = SCALE_WORDS.get(word);
        if (small != null) {
            if (w >= to || (t.charAt(w) != ' ' && t.charAt(w) != '-')) {
                return null;
            }
            Scale s = scale(t, w, to);
            if (s != null && s.factor >= 1e9 && small == 1.0 && s.end < to && t.charAt(s.end) == '-'
                    && (t.startsWith("param", s.end + 1) || t.startsWith("scale", s.end + 1))) {
                // "a trillion-parameter model": the adjective names an order of magnitude, an open lower bound
                int e = s.end + 1;
                while (e < to && isLetter(t.charAt(e))) {
                    e++;
                }
                Unit unit = t.startsWith("param", s.end + 1) ? Unit.PARAMETERS : Unit.NONE;
                return new Quantity(i, e, s.factor, s.factor, null, unit, true, false, false);
            }
            if (s != null && s.factor >= 1e3 && (w + 1 < to && isLetter(t.charAt(w + 1)))) {
                UnitHit u = unit(t, s.end, to);
                if (u == null && t.startsWith(" of ", s.end)) {
                    u = unit(t, afterDeterminer(t, s.end + 4, to), to); // "ten thousand of those cards"
                }
                double v = small * s.factor * (u == null ? 1 : u.factor);
                Unit unit = currencyBefore(t, i, from) ? Unit.CURRENCY : u == null ? Unit.NONE : u.unit;
                return bounded(t, i, u == null ? s.end : u.end, from, to, v, null, unit, true, false);
            }
            if (word.length() > 2 && !word.equals("half")) {
                UnitHit u = unit(t, w, to);
                if (u != null && (u.unit == Unit.SECONDS || u.unit == Unit.ACCELERATORS)) {
                    return bounded(t, i, u.end, from, to, small * u.factor, null, u.unit, false, false);
                }
            }
            return null;
        }
        if (plural != null && t.startsWith(" of ", w)) {
            // "tens of thousands of accelerators", "hundreds of billions": an open lower bound
            int k = w + 4;
            int e = k;
            while (e < to && e - k < 9 && isLetter(t.charAt(e))) {
                e++;
            }
            Double inner = SCALE_WORDS.get(t.substring(k, e).toLowerCase(Locale.ROOT));
            double lo = inner != null ? plural * inner : plural;
            int end = inner != null ? e : w;
            UnitHit u = unit(t, end, to);
            if (u == null && t.startsWith(" of ", end)) {
                u = unit(t, end + 4, to);
            }
            if (inner == null && u == null) {
                return null;
            }
            double f = u == null ? 1 : u.factor;
            return new Quantity(i, u == null ? end : u.end, lo * f, lo * f, null, u == null ? Unit.NONE : u.unit,
                    true, false, false);
        }
        if (bare != null && bare >= 1e9 && w < to && (t.charAt(w) == '-' || t.charAt(w) == ' ')) {
            // "trillion-parameter", "trillion-scale": at least one trillion, open-ended
            int k = w + 1;
            int e = k;
            while (e < to && e - k < 10 && isLetter(t.charAt(e))) {
                e++;
            }
            String next = t.substring(k, e).toLowerCase(Locale.ROOT);
            Unit unit = switch (next) {
                case "parameter", "parameters", "param" -> Unit.PARAMETERS;
                case "scale", "class", "level" -> Unit.NONE;
                case "token", "tokens" -> Unit.TOKENS;
                default -> null;
            };
            if (unit == null || precededByNumber(t, i, from)) {
                return null;
            }
            return new Quantity(i, e, bare, bare, null, unit, true, false, false);
        }
        return null;
    }

    private static boolean precededByNumber(String t, int i, int from) {
        int k = i - 1;
        while (k >= from && (t.charAt(k) == ' ' || t.charAt(k) == '-')) {
            k--;
        }
        return k >= from && isDigit(t.charAt(k));
    }

    // ---- Chinese numerals ----

    private static boolean isCjkNumeral(char c) {
        return "零〇一二两三四五六七八九十百千万亿".indexOf(c) >= 0;
    }

    private static int skipCjkNumerals(String t, int i, int to) {
        int j = i;
        while (j < to && isCjkNumeral(t.charAt(j))) {
            j++;
        }
        return j;
    }

    private static Quantity chinese(String t, int i, int from, int to) {
        if (i > from && (t.charAt(i - 1) == '第' || isDigit(t.charAt(i - 1)))) {
            return null;
        }
        int j = skipCjkNumerals(t, i, to);
        String run = t.substring(i, Math.min(j, i + 12));
        boolean hasDigit = false;
        boolean hasUnit = false;
        for (int k = 0; k < run.length(); k++) {
            char c = run.charAt(k);
            if ("十百千万亿".indexOf(c) >= 0) {
                hasUnit = true;
            } else {
                hasDigit = true;
            }
        }
        if (!hasDigit) {
            // "万亿参数", "千亿级": a bare scale names an order of magnitude, an open lower bound
            double f = switch (run) {
                case "万亿" -> 1e12;
                case "千亿" -> 1e11;
                case "百亿" -> 1e10;
                default -> 0;
            };
            if (f > 0 && (t.startsWith("参数", j) || t.startsWith("级", j) || t.startsWith("规模", j))) {
                int end = t.startsWith("级", j) ? j + 1 : j + 2;
                Unit unit = t.startsWith("参数", j) ? Unit.PARAMETERS : Unit.NONE;
                if (near(t.substring(Math.max(from, i - 16), i))) {
                    return new Quantity(i, end, f, null, f, unit, true, false, true); // 准万亿参数: just under
                }
                return new Quantity(i, end, f, f, null, unit, true, false, false);
            }
            return null;
        }
        double v = chineseValue(run);
        UnitHit u = unit(t, i + run.length(), to);
        if (!hasUnit && (run.length() > 1 || u == null
                || (u.unit != Unit.SECONDS && u.unit != Unit.ACCELERATORS))) {
            return null; // a lone 一 or 三 is a word part ("统一", "三方") unless a unit follows
        }
        if (hasUnit && run.length() == 1) {
            return null;
        }
        int end = u == null ? i + run.length() : u.end;
        Unit unit = u == null ? Unit.NONE : u.unit;
        double f = u == null ? 1 : u.factor;
        return bounded(t, i, end, from, to, v * f, null, unit, hasUnit, false);
    }

    static double chineseValue(String run) {
        double total = 0;
        double section = 0;
        double number = 0;
        for (int k = 0; k < run.length(); k++) {
            char c = run.charAt(k);
            int d = "零一二三四五六七八九".indexOf(c);
            if (c == '〇') {
                d = 0;
            }
            if (c == '两') {
                d = 2;
            }
            if (d >= 0) {
                number = d;
                continue;
            }
            switch (c) {
                case '十' -> { section += (number == 0 ? 1 : number) * 10; number = 0; }
                case '百' -> { section += number * 100; number = 0; }
                case '千' -> { section += number * 1000; number = 0; }
                case '万' -> { total = (total + section + number) * 1e4; section = 0; number = 0; }
                case '亿' -> { total = (total + section + number) * 1e8; section = 0; number = 0; }
                default -> { }
            }
        }
        return total + section + number;
    }

    // ---- bounds, currency ----

    private static final String[] LOWER = {"more than ", "over ", "at least ", "upwards of ", "in excess of ",
            "exceeding ", "north of ", "greater than ", "above ", "beyond ", ">", "超过", "逾", "超", "至少", "不少于"};
    private static final String[] UPPER = {"up to ", "under ", "less than ", "fewer than ", "at most ", "below ",
            "no more than ", "<", "不到", "不超过", "最多", "最高"};
    private static final String[] APPROX = {"about ", "around ", "roughly ", "approximately ", "approx. ", "some ",
            "~", "约", "大约", "circa "};
    /**
     * "nearly 700 billion", "接近2万亿", 准万亿: close to the number from below, so the number is an upper bound
     * and never a lower one (SPEC_SCHEMA.md value shape: value = high = the number, no low).
     */
    private static final String[] NEAR = {"nearly ", "almost ", "close to ", "just under ", "just shy of ",
            "approaching ", "将近", "接近", "逼近", "近乎", "准"};

    private static Quantity bounded(String t, int start, int end, int from, int to, double v, Double high,
                                    Unit unit, boolean scaled, boolean yearLike) {
        String before = t.substring(Math.max(from, start - 16), start).toLowerCase(Locale.ROOT);
        boolean approx = endsWithAny(before, APPROX);
        int e = end;
        boolean plusAfter = false;
        if (e < to && t.charAt(e) == '+') {
            plusAfter = true;
            e++;
        } else if (t.startsWith("以上", e) || t.startsWith("多", e) || t.startsWith("余", e)) {
            plusAfter = true;
            e += t.startsWith("以上", e) ? 2 : 1;
        }
        if (t.startsWith("左右", e)) {
            approx = true;
            e += 2;
        }
        if (high != null) {
            return new Quantity(start, e, (v + high) / 2, v, high, unit, scaled, false, approx);
        }
        if (!plusAfter && near(before)) {
            return new Quantity(start, e, v, null, v, unit, scaled, false, true);
        }
        boolean lower = plusAfter || (endsWithAny(before, LOWER)
                && !(unit == Unit.SECONDS && (before.endsWith("over ") || before.endsWith("across "))));
        if (lower) {
            return new Quantity(start, e, v, v, null, unit, scaled, false, approx);
        }
        if (endsWithAny(before, UPPER)) {
            return new Quantity(start, e, v, null, v, unit, scaled, false, approx);
        }
        return new Quantity(start, e, v, null, null, unit, scaled, yearLike, approx);
    }

    /** Whether a "nearly" word stands right before the number at i; 近 only alone (not 最近, 附近, 临近). */
    private static boolean near(String before) {
        if (before.isEmpty()) {
            return false;
        }
        char last = before.charAt(before.length() - 1);
        if (last != ' ' && last != '近' && last != '准') {
            return false; // every "nearly" word ends in a space, 近 or 准: most numbers stop here
        }
        before = before.toLowerCase(Locale.ROOT);
        if (endsWithAny(before, NEAR)) {
            // 准 only as a prefix of its own (准万亿), not the end of 标准, 水准, 基准
            return !(before.endsWith("准") && before.length() > 1 && "标水基批精瞄对".indexOf(before.charAt(before.length() - 2)) >= 0);
        }
        return before.endsWith("近") && (before.length() < 2 || "最附临靠将接亲".indexOf(before.charAt(before.length() - 2)) < 0);
    }

    private static boolean endsWithAny(String s, String[] words) {
        for (String w : words) {
            if (s.endsWith(w)) {
                int k = s.length() - w.length();
                if (k == 0 || !Character.isLetter(s.charAt(k - 1)) || !Character.isLetter(w.charAt(0))
                        || w.charAt(0) > 0x7F) {
                    return true;
                }
            }
        }
        // "more than a trillion": the article sits between the bound and the number word
        for (String w : words) {
            if (s.endsWith(w + "a ") || s.endsWith(w + "an ")) {
                return true;
            }
        }
        return false;
    }

    private static boolean currencyBefore(String t, int i, int from) {
        int k = i - 1;
        while (k >= from && k >= i - 2 && t.charAt(k) == ' ') {
            k--;
        }
        if (k < from) {
            return false;
        }
        char c = t.charAt(k);
        if (c == '$' || c == '¥' || c == '€' || c == '£') {
            return true;
        }
        String before = t.substring(Math.max(from, i - 5), i).toUpperCase(Locale.ROOT).trim();
        return before.endsWith("RMB") || before.endsWith("USD") || before.endsWith("CNY");
    }

    private static boolean endsWithWord(String t, int i, int from, String word) {
        String before = t.substring(Math.max(from, i - word.length() - 2), i).toLowerCase(Locale.ROOT).strip();
        return before.endsWith(word);
    }

    private static boolean precededBy(String t, int i, int from, String word) {
        String before = t.substring(Math.max(from, i - 24), i).toLowerCase(Locale.ROOT);
        return before.contains(word + " ");
    }

    // ---- chars ----

    private static boolean glued(String t, int i, int from) {
        if (i <= from) {
            return false;
        }
        char p = t.charAt(i - 1);
        if (isLetter(p) || p == '_') {
            return true;
        }
        if ((p == '-' || p == '.' || p == '/' || p == ':') && i - 2 >= from && isAlnum(t.charAt(i - 2))) {
            return true;
        }
        return false;
    }

    private static boolean isIsoDate(String t, int i, int to) {
        return i + 10 <= to && isDigit(t.charAt(i)) && isDigit(t.charAt(i + 1)) && isDigit(t.charAt(i + 2))
                && isDigit(t.charAt(i + 3)) && (t.charAt(i + 4) == '-' || t.charAt(i + 4) == '/')
                && isDigit(t.charAt(i + 5)) && isDigit(t.charAt(i + 6)) && t.charAt(i + 7) == t.charAt(i + 4)
                && isDigit(t.charAt(i + 8)) && isDigit(t.charAt(i + 9));
    }

    private static int skipAlnum(String t, int i, int to) {
        int j = i;
        while (j < to && (isAlnum(t.charAt(j)) || (t.charAt(j) == '.' && j + 1 < to && isDigit(t.charAt(j + 1))))) {
            j++;
        }
        return Math.max(j, i + 1);
    }

    private static int skipSpace(String t, int j, int to) {
        while (j < to && t.charAt(j) == ' ') {
            j++;
        }
        return j;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static boolean isAlnum(char c) {
        return isDigit(c) || isLetter(c);
    }
}
