package org.specledger.claims.numbers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.specledger.claims.text.NormalizedText;

/**
 * Finds numbers with their scale, range or bound, and unit in normalized text (see
 * {@link org.specledger.claims.text.NormalizedText}): "2.4 T", "671B", "1.2万亿", "两千亿", "3 – 4 thousand cards",
 * "256K-token", "96 GB", "64 GiB", "six-week", "2.788M GPU hours", "10–30×", "about 3 %", "more than a trillion";
 * and the numbers of general news: words ("seven", "twenty-five", "three hundred", "a dozen"), vague amounts as
 * ranges or bounds ("tens of thousands" 1e4–1e5, "dozens", "a few hundred", 数十, 几百, 上万, 十余, 近百), units
 * glued or written out ("640bhp", "50mph", "10kW", "1.5mm", "30 km", "41°C", "12公里"), money with its currency
 * ("$5.4m" USD, "£2bn" GBP, "3亿元" CNY, "1.3 trillion won" KRW), powers of ten ("3.8x10^25", "10²⁴" via
 * {@link #find}).
 *
 * <p>Not quantities, and never reported: times of day ("10:30", "3pm"), dates ("March 5", "3月5日", "5/3/2025"; a
 * bare year is reported by {@link #scan} marked {@link Quantity#yearLike()} and left out by {@link #find}),
 * ordinals ("3rd", 第三), scores ("2-2"), product and label numbers ("iPhone 11", "Windows 10", "Chapter 11"),
 * digits inside names ("GPT-4", "Qwen3-32B", "PS21,700"), phone numbers, and a power of ten whose exponent was lost
 * in copying ("2.976×1024": saying 1024 would invent a number). See {@link NonQuantities}.
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
            "mn", 1e6, "bn", 1e9, "tn", 1e12, "crore", 1e7, "lakh", 1e5);
    private static final Map<String, Double> PLURAL_SCALES = Map.of(
            "tens", 10.0, "dozens", 12.0, "hundreds", 100.0, "thousands", 1e3, "millions", 1e6, "billions", 1e9,
            "trillions", 1e12);
    /** English cardinals that combine: "twenty-five", "three hundred and twelve". */
    private static final Map<String, Integer> CARDINALS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90));
    /** Length, first and last letter of every word words() knows: a word of another shape is no number word. */
    private static final boolean[] NUMBER_WORD_SHAPES = new boolean[13 * 26 * 26];

    static {
        java.util.Set<String> known = new java.util.HashSet<>();
        known.addAll(SMALL_WORDS.keySet());
        known.addAll(SCALE_WORDS.keySet());
        known.addAll(PLURAL_SCALES.keySet());
        known.addAll(CARDINALS.keySet());
        known.addAll(List.of("several", "dozen"));
        for (String k : known) {
            NUMBER_WORD_SHAPES[shape(k, 0, k.length())] = true;
        }
    }

    private static int shape(String t, int i, int w) {
        int n = Math.min(w - i, 12);
        int first = Character.toLowerCase(t.charAt(i)) - 'a';
        int last = Character.toLowerCase(t.charAt(w - 1)) - 'a';
        return (n * 26 + first) * 26 + last;
    }

    private static final java.util.Set<String> FRACTIONS = java.util.Set.of("half", "halves", "third", "thirds",
            "quarter", "quarters", "fifth", "fifths", "sixth", "sixths", "tenth", "tenths", "eighth", "eighths");
    private static final java.util.Set<String> ORDINAL_WORDS = java.util.Set.of("first", "second", "third", "fourth",
            "fifth", "sixth", "seventh", "eighth", "ninth");

    private static final String CHIP = "(?:(?:Nvidia|NVIDIA|Huawei|Huawei's|Baidu's|Cambricon) )?"
            + "(?:H800|H100|H200|H20|A100|A800|B200|GB200|Ascend(?: 910[ABC]?| 950[A-Z]{0,2}| 920)?|MLU ?\\d{3}"
            + "|Kunlun(?:xin)?(?: P800)?|P800|Hygon K100(?:-AI)?|昇腾 ?(?:910[ABC]?|950)?|昆仑芯 ?(?:P800)?"
            + "|寒武纪 ?(?:MLU\\d{3})?|海光)";
    private static final String NOUN = "(?:GPUs?|NPUs?|TPUs?|cards?|chips?|accelerators?|processors?|张卡|张|块|颗|卡)";
    private static final Pattern ACCEL = Pattern.compile("(?:" + CHIP + "s?(?:[ -]?" + NOUN + ")?|" + NOUN + ")(?![A-Za-z])");
    private static final Pattern GPU_HOURS = Pattern.compile(
            "(?:[A-Z][A-Za-z0-9]{1,12} ){0,2}(?:GPU|NPU|accelerator|card|chip)[- ]?(?:hours|hrs|hour|h\\b|小时|时)|卡时|GPU小时");
    private static final Pattern POWER_OF_TEN = Pattern.compile(" ?[×xX*] ?10\\^([+-]?\\d{1,3})");

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
                    int skip = NonQuantities.skipTo(t, i, from, to);
                    if (skip > i) {
                        resume = skip;
                    } else {
                        q = numeric(t, i, from, to);
                        if (q != null && negative(t, i, from)) {
                            q = negate(q, i - 1);
                        }
                        if (q == null) {
                            resume = skipAlnum(t, i, to);
                        } else if (q.unit() == Unit.NONE && !q.scaled() && q.low() == null && q.high() == null
                                && versionLike(t, i, q.end()) && NonQuantities.labelBefore(t, i, from)) {
                            resume = q.end(); // "iPhone 11", "Windows 10", "No. 5": a name, not an amount
                            q = null;
                        }
                    }
                }
            } else if (isCjkNumeral(c)) {
                q = chinese(t, i, from, to);
                if (q == null) {
                    resume = skipCjkNumerals(t, i, to);
                }
            } else if ((c == '几' || c == '数' || c == '上') && i + 1 < to && "十百千万亿".indexOf(t.charAt(i + 1)) >= 0) {
                q = chineseVague(t, i, from, to);
                if (q == null) {
                    resume = skipCjkNumerals(t, i + 1, to);
                }
            } else if (isLetter(c) && (i == from || !isAlnum(t.charAt(i - 1)))) {
                q = words(t, i, from, to);
                if (q == null) {
                    resume = skipAlnum(t, i, to);
                }
            }
            if (q != null && Double.isFinite(q.value())) { // "1e308 bn" overflows: no quantity, and no "Infinity" in the JSON
                if (!restates(t, out, q)) {
                    out.add(q);
                }
                resume = Math.max(q.end(), i + 1);
            }
            i = resume;
        }
        return out;
    }

    /**
     * Quantities in a stored text as a reader sees them: the text is normalized ({@link NormalizedText}), years
     * used as dates are left out, and spans are in {@code text}. Superscript exponents survive ("3.8×10²⁴" is
     * 3.8e24), which NFKC alone would flatten into "3.8×1024".
     */
    public static List<Quantity> find(String text) {
        NormalizedText nt = NormalizedText.of(text);
        String t = withSuperscripts(nt);
        List<Quantity> out = new ArrayList<>();
        for (Quantity q : scan(t, 0, t.length())) {
            if (!q.yearLike()) {
                int start = q.unit() == Unit.CURRENCY ? currencyStart(t, q.start()) : q.start();
                int[] span = nt.toOriginalSpan(start, q.end());
                out.add(q.at(span[0], span[1]));
            }
        }
        return out;
    }

    /** Where the currency sign or code before a money amount at i starts ("US$5", "€ 3", "RMB 20"), or i. */
    private static int currencyStart(String t, int i) {
        int k = i;
        while (k > 0 && k > i - 2 && t.charAt(k - 1) == ' ') {
            k--;
        }
        if (k > 0 && "$€£¥₹₩₽".indexOf(t.charAt(k - 1)) >= 0) {
            k--;
            int s = k;
            while (s > 0 && s > k - 3 && Character.isUpperCase(t.charAt(s - 1)) && isLetter(t.charAt(s - 1))) {
                s--;
            }
            return s > 0 && isLetter(t.charAt(s - 1)) ? k : s;
        }
        int s = k;
        while (s > 0 && s > k - 3 && isLetter(t.charAt(s - 1))) {
            s--;
        }
        return k - s >= 2 && (s == 0 || !isLetter(t.charAt(s - 1))) && currencyBefore(t, i, s) != null ? s : i;
    }

    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺";

    /** The normalized text with each char that came from a superscript digit or sign put back as written. */
    private static String withSuperscripts(NormalizedText nt) {
        String o = nt.original();
        boolean any = false;
        for (int k = 0; k < o.length() && !any; k++) {
            any = SUPERSCRIPTS.indexOf(o.charAt(k)) >= 0;
        }
        String t = nt.text();
        if (!any) {
            return t;
        }
        char[] cs = t.toCharArray();
        for (int k = 0; k < cs.length; k++) {
            char src = o.charAt(nt.toOriginal(k));
            if (SUPERSCRIPTS.indexOf(src) >= 0 && (k + 1 >= cs.length || nt.toOriginal(k + 1) != nt.toOriginal(k))) {
                cs[k] = src;
            }
        }
        return new String(cs);
    }

    /** "-5°C", "fell to -0.3%": a minus sign right before the digits, after a space or an opening bracket. */
    private static boolean negative(String t, int i, int from) {
        return i - 1 >= from && t.charAt(i - 1) == '-' && (i - 2 < from || t.charAt(i - 2) == ' ' || t.charAt(i - 2) == '(')
                && (i - 3 < from || !isDigit(t.charAt(i - 3)));
    }

    private static Quantity negate(Quantity q, int start) {
        Double low = q.high() == null ? null : -q.high();
        Double high = q.low() == null ? null : -q.low();
        return new Quantity(start, q.end(), -q.value(), low, high, q.unit(), q.scaled(), false, q.approximate(),
                q.currency(), q.unitName(), q.unitFactor());
    }

    /** "1T = 1024B", "128K (131,072) tokens": a number that restates the one before it adds nothing. */
    private static boolean restates(String t, List<Quantity> out, Quantity q) {
        if (out.isEmpty()) {
            return false;
        }
        Quantity p = out.get(out.size() - 1);
        if (p.end() > q.start() || q.start() - p.end() > 4 || p.value() == 0) {
            return false;
        }
        String between = t.substring(p.end(), q.start()).strip();
        double r = q.value() / p.value();
        if (p.currency() != null && q.currency() != null && !p.currency().equals(q.currency())) {
            return false; // "€1bn ($1.02bn)" converts, it does not restate
        }
        return (between.equals("=") || between.equals("≈") || between.equals("(")) && r > 0.95 && r < 1.05;
    }

    // ---- digits ----

    private record Num(double v, int end, boolean plainInteger) {
    }

    private record Scale(double factor, int end) {
    }

    /** A unit after a number: what it counts, the factor to the canonical measure, its name and money. */
    private record UnitHit(Unit unit, double factor, int end, String name, String currency) {
        UnitHit(Unit unit, double factor, int end, String name) {
            this(unit, factor, end, name, null);
        }
    }

    private static Quantity numeric(String t, int i, int from, int to) {
        Num a = literal(t, i, to);
        int j = a.end;
        String money = currencyBefore(t, i, from);
        UnitHit bytesFirst = bytes(t, j, to);
        Scale sa = bytesFirst == null ? scale(t, j, to, money != null) : null;
        if (sa != null) {
            j = sa.end;
        }
        double lowV = a.v;
        double highV = Double.NaN;
        // range: "3 – 4 thousand", "3-4K", "10–30×", "3 to 4 thousand" (not "from 96 to 72")
        if (bytesFirst == null) {
            int k = skipSpace(t, j, to);
            int afterSep = -1;
            if (k < to && (t.charAt(k) == '-' || t.charAt(k) == '~' || t.charAt(k) == '至' || t.charAt(k) == '到')) {
                afterSep = k + 1;
            } else if (k + 2 < to && t.regionMatches(true, k, "to ", 0, 3) && !precededBy(t, i, from, "from")) {
                afterSep = k + 3;
            } else if (k + 3 < to && t.regionMatches(true, k, "and ", 0, 4)
                    && endsWithWord(t, money != null ? currencyStart(t, i) : i, from, "between")) {
                afterSep = k + 4;
            }
            if (afterSep > 0) {
                int m = skipSpace(t, afterSep, to);
                if (m < to && t.charAt(m) == '$' && money != null) {
                    m++; // "$3-$4 billion"
                }
                if (m < to && isDigit(t.charAt(m)) && !isIsoDate(t, m, to)) {
                    Num b = literal(t, m, to);
                    Scale sbb = bytes(t, b.end, to) == null ? scale(t, b.end, to, money != null) : null;
                    double fa = sa != null ? sa.factor : (sbb != null ? sbb.factor : 1);
                    double fb = sbb != null ? sbb.factor : fa;
                    double lo = a.v * fa;
                    double hi = b.v * fb;
                    boolean gluedAfter = sbb == null && b.end < to && isLetter(t.charAt(b.end)) && unit(t, b.end, to) == null;
                    if (hi > lo && !gluedAfter && (sa == null || sbb == null || sa.factor == sbb.factor)) {
                        lowV = lo;
                        highV = hi;
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
        if (u != null && "year".equals(u.name) && j < to && t.charAt(j) == '年' && (a.v >= 200 || !a.plainInteger && sa == null && a.v >= 100)) {
            u = null; // 2025年 is a date
        }
        if (u == null && j < to && isLetter(t.charAt(j)) && sa == null) {
            return null; // "910C", "3rd", "4o": a name or an ordinal
        }
        if (u == null && sa != null && j < to && t.charAt(j) == ' ' && j + 1 < to && t.startsWith("of ", j + 1)) {
            u = unit(t, j + 4, to); // "2 million of them" is rare; "thousands of GPUs" is handled in words()
        }
        u = moneyAfterScale(t, u, j, to, sa == null ? 1 : sa.factor);
        Unit unit = money != null ? Unit.CURRENCY : (u == null ? Unit.NONE : u.unit);
        String currency = money;
        if (u != null && u.unit == Unit.CURRENCY) {
            unit = Unit.CURRENCY;
            if (u.currency != null && (currency == null || currency.equals("?"))) {
                currency = u.currency; // "¥3 billion yuan"; "5 million euros"
            }
        }
        if ("?".equals(currency)) {
            currency = sa != null && sa.end > 0 && j > 0 && t.charAt(j - 1) >= 0x3000 ? "CNY" : null; // ¥3亿 is yuan; ¥ alone may be yen
        }
        double uf = u == null ? 1 : u.factor;
        int end = u == null ? j : u.end;
        boolean yearLike = !range && sa == null && u == null && a.plainInteger && a.v >= 1900 && a.v <= 2099
                && a.end - i == 4 && money == null;
        Double lo = lowV * uf;
        Double hi = range ? highV * uf : null;
        return bounded(t, i, end, from, to, lo, hi, unit, sa != null, yearLike, u, currency);
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
                v = timesPowerOfTen(v, Integer.parseInt(m.group(1)));
                j = m.end();
                plain = false;
            } else {
                int k = j < to && t.charAt(j) == ' ' ? j + 1 : j;
                if (k < to && "×xX*".indexOf(t.charAt(k)) >= 0) {
                    k++;
                    if (k < to && t.charAt(k) == ' ') {
                        k++;
                    }
                    if (k + 2 < to && t.charAt(k) == '1' && t.charAt(k + 1) == '0') {
                        int[] sup = superscript(t, k + 2, to);
                        if (sup != null) {
                            v = timesPowerOfTen(v, sup[0]); // 3.8×10²⁴
                            j = sup[1];
                            plain = false;
                        }
                    }
                } else if (j - i == 2 && t.charAt(i) == '1' && t.charAt(i + 1) == '0') {
                    // a bare power of ten: 10^25, 10²⁵
                    int[] sup = t.charAt(j) == '^' ? caret(t, j + 1, to) : superscript(t, j, to);
                    if (sup != null) {
                        v = Math.pow(10, sup[0]);
                        j = sup[1];
                        plain = false;
                    }
                }
            }
        }
        return new Num(v, j, plain);
    }

    /** v × 10^e without binary rounding noise (3.8 × 10²⁴ is 3.8e24, not 3.7999999999999996e24). */
    private static double timesPowerOfTen(double v, int e) {
        if (!Double.isFinite(v) || e > 400 || e < -400) {
            return v * Math.pow(10, e);
        }
        return new java.math.BigDecimal(Double.toString(v)).scaleByPowerOfTen(e).doubleValue();
    }

    /** Superscript exponent digits at k ("²⁴", "⁻³"): {exponent, end}, or null. */
    private static int[] superscript(String t, int k, int to) {
        int sign = 1;
        int j = k;
        if (j < to && (t.charAt(j) == '⁻' || t.charAt(j) == '⁺')) {
            sign = t.charAt(j) == '⁻' ? -1 : 1;
            j++;
        }
        int e = 0;
        int n = 0;
        while (j < to && n < 3) {
            int d = "⁰¹²³⁴⁵⁶⁷⁸⁹".indexOf(t.charAt(j));
            if (d < 0) {
                break;
            }
            e = e * 10 + d;
            n++;
            j++;
        }
        return n == 0 ? null : new int[] {sign * e, j};
    }

    /** Exponent digits after a caret at k ("25", "-3", "+24"): {exponent, end}, or null. */
    private static int[] caret(String t, int k, int to) {
        int sign = 1;
        int j = k;
        if (j < to && (t.charAt(j) == '-' || t.charAt(j) == '+')) {
            sign = t.charAt(j) == '-' ? -1 : 1;
            j++;
        }
        int e = 0;
        int n = 0;
        while (j < to && n < 3 && isDigit(t.charAt(j))) {
            e = e * 10 + (t.charAt(j) - '0');
            n++;
            j++;
        }
        return n == 0 ? null : new int[] {sign * e, j};
    }

    /** A scale right after a number: " trillion", "T", "-billion", "万亿", "亿", "K". */
    private static Scale scale(String t, int j, int to, boolean money) {
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
                case 'm':
                    // "$5.4m" and "5m viewers" are millions; "a 5m wall" is metres (read as a unit)
                    return !sep && (money || countNounAt(t, w, to)) ? new Scale(1e6, w) : null;
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

    private static final java.util.Set<String> COUNT_NOUNS = java.util.Set.of("people", "users", "customers",
            "viewers", "subscribers", "visitors", "households", "homes", "jobs", "shares", "votes", "copies",
            "downloads", "patients", "children", "adults", "residents", "workers", "passengers", "tourists",
            "followers", "units", "vehicles", "cars", "devices", "doses", "cases", "deaths", "members", "accounts",
            "listeners", "readers", "more");

    /** Whether " <count noun>" follows at w ("5m viewers"). */
    private static boolean countNounAt(String t, int w, int to) {
        if (w + 1 >= to || t.charAt(w) != ' ') {
            return false;
        }
        int e = w + 1;
        while (e < to && e - w < 13 && isLetter(t.charAt(e))) {
            e++;
        }
        return e > w + 1 && COUNT_NOUNS.contains(t.substring(w + 1, e));
    }

    private static final String[] BYTE_SYMBOLS = {"GiB", "TiB", "MiB", "GB", "TB", "MB", "PB", "KB"};
    private static final String[] BYTE_NAMES = {"gibibyte", "tebibyte", "mebibyte", "gigabyte", "terabyte",
        "megabyte", "petabyte", "kilobyte"};
    private static final double[] BYTE_FACTORS = {1L << 30, Math.pow(2, 40), 1 << 20, 1e9, 1e12, 1e6, 1e15, 1e3};

    private static UnitHit bytes(String t, int j, int to) {
        int k = j < to && t.charAt(j) == ' ' ? j + 1 : j;
        if (k >= to || (t.charAt(k) != 'G' && t.charAt(k) != 'T' && t.charAt(k) != 'M' && t.charAt(k) != 'P'
                && t.charAt(k) != 'K')) {
            return null;
        }
        for (int n = 0; n < BYTE_SYMBOLS.length; n++) {
            String s = BYTE_SYMBOLS[n];
            if (t.startsWith(s, k) && (k + s.length() >= to || !isLetter(t.charAt(k + s.length())))) {
                return new UnitHit(Unit.BYTES, BYTE_FACTORS[n], k + s.length(), BYTE_NAMES[n]);
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
            return new UnitHit(Unit.PERCENT, 1, j + 1, "percent");
        }
        if (c == '×') {
            return new UnitHit(Unit.TIMES, 1, j + 1, "times");
        }
        if (c == '倍') {
            return new UnitHit(Unit.TIMES, 1, j + 1, "times");
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
            return new UnitHit(Unit.PERCENT, 1, k + 1, "percent");
        }
        if (d == '×' && c == ' ') {
            return new UnitHit(Unit.TIMES, 1, k + 1, "times");
        }
        // Chinese units
        if (t.startsWith("参数", k)) {
            return new UnitHit(Unit.PARAMETERS, 1, k + 2, "parameter");
        }
        if (t.startsWith("个月", k)) {
            return new UnitHit(Unit.SECONDS, MONTH, k + 2, "month");
        }
        if (t.startsWith("周", k) || t.startsWith("星期", k)) {
            return new UnitHit(Unit.SECONDS, WEEK, k + (d == '周' ? 1 : 2), "week");
        }
        if (t.startsWith("天", k)) {
            return new UnitHit(Unit.SECONDS, DAY, k + 1, "day");
        }
        if (t.startsWith("小时", k)) {
            return new UnitHit(Unit.SECONDS, 3600, k + 2, "hour");
        }
        if (t.startsWith("词元", k)) {
            return new UnitHit(Unit.TOKENS, 1, k + 2, "token");
        }
        if (d >= 0x3000) {
            Measures.Hit m = Measures.at(t, k, to, c != ' ' && c != '-');
            if (m != null) {
                return new UnitHit(m.unit(), m.factor(), m.end(), m.name(), m.currency());
            }
        }
        Matcher gh = GPU_HOURS.matcher(t).region(k, Math.min(to, k + 48));
        if (gh.lookingAt()) {
            return new UnitHit(Unit.GPU_HOURS, 1, gh.end(), "gpu hour");
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
                    return new UnitHit(Unit.TOKENS, 1, w, "token");
                case "parameter", "parameters", "params", "param":
                    return new UnitHit(Unit.PARAMETERS, 1, w, "parameter");
                case "flop", "flops":
                    return new UnitHit(Unit.FLOP, 1, w, "flop");
                case "week", "weeks":
                    return new UnitHit(Unit.SECONDS, WEEK, w, "week");
                case "day", "days":
                    return new UnitHit(Unit.SECONDS, DAY, w, "day");
                case "month", "months":
                    return new UnitHit(Unit.SECONDS, MONTH, w, "month");
                case "hour", "hours", "hrs", "h":
                    return new UnitHit(Unit.SECONDS, 3600, w, "hour");
                case "percent", "pct":
                    return new UnitHit(Unit.PERCENT, 1, w, "percent");
                case "times", "fold":
                    return new UnitHit(Unit.TIMES, 1, w, "times");
                case "x":
                    return c == '-' ? null : new UnitHit(Unit.TIMES, 1, w, "times");
                case "free":
                    if (t.startsWith(" tokens", w) || t.startsWith(" token", w)) {
                        return new UnitHit(Unit.TOKENS, 1, w + (t.startsWith(" tokens", w) ? 7 : 6), "token");
                    }
                    break;
                default:
                    break;
            }
            if (lw.equals("per") && t.startsWith(" cent", w)) {
                return new UnitHit(Unit.PERCENT, 1, w + 5, "percent");
            }
        }
        Matcher am = ACCEL.matcher(t).region(k, Math.min(to, k + 40));
        if (am.lookingAt() && am.end() > k) {
            return new UnitHit(Unit.ACCELERATORS, 1, am.end(), "accelerator");
        }
        if (d < 0x3000 && (c != '-' || isLetter(d))) {
            Measures.Hit m = Measures.at(t, k, to, c != ' ' && c != '-');
            if (m != null) {
                return new UnitHit(m.unit(), m.factor(), m.end(), m.name(), m.currency());
            }
        }
        return null;
    }

    /**
     * "4 billion pounds" is sterling and "1.3 trillion won" is Korean money: after a million or more, "pounds" is
     * no weight and "won" no verb. Otherwise u.
     */
    private static UnitHit moneyAfterScale(String t, UnitHit u, int j, int to, double scale) {
        if (scale < 1e6) {
            return u;
        }
        if (u != null && "pound".equals(u.name)) {
            return new UnitHit(Unit.CURRENCY, 1, u.end, "pound sterling", "GBP");
        }
        if (u == null && t.startsWith(" won", j) && (j + 4 >= to || !isAlnum(t.charAt(j + 4)))) {
            return new UnitHit(Unit.CURRENCY, 1, j + 4, "won", "KRW");
        }
        return u;
    }

    /** Whether a unit or a scale word starts after the one char at j (a space): "3-4 weeks", "2-3 billion". */
    static boolean startsUnitOrScale(String t, int j, int to) {
        return unit(t, j, to) != null || scale(t, j, to, false) != null;
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
        if (w - i > 11 || (w < to && isLetter(t.charAt(w))) || !NUMBER_WORD_SHAPES[shape(t, i, w)]) {
            return null; // most words stop here, before any allocation
        }
        String word = t.substring(i, w).toLowerCase(Locale.ROOT);
        Double small = SMALL_WORDS.get(word);
        Double plural = PLURAL_SCALES.get(word);
        Double bare = SCALE_WORDS.get(word);
        if (small == null && plural == null && bare == null && !CARDINALS.containsKey(word) && !word.equals("several")
                && !word.equals("dozen")) {
            return null; // most words stop here
        }
        if (small != null && small == 1.0 && w < to && (t.charAt(w) == ' ' || t.charAt(w) == '-')) {
            Scale s = scale(t, w, to, false);
            if (s != null && s.factor >= 1e9 && s.end < to && t.charAt(s.end) == '-'
                    && (t.startsWith("param", s.end + 1) || t.startsWith("scale", s.end + 1))) {
                // "a trillion-parameter model": the adjective names an order of magnitude, an open lower bound
                int e = s.end + 1;
                while (e < to && isLetter(t.charAt(e))) {
                    e++;
                }
                Unit unit = t.startsWith("param", s.end + 1) ? Unit.PARAMETERS : Unit.NONE;
                String name = unit == Unit.PARAMETERS ? "parameter" : null;
                return new Quantity(i, e, s.factor, s.factor, null, unit, true, false, false, null, name, 1);
            }
        }
        if (plural != null) {
            return plural(t, i, w, from, to, word, plural);
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
            String name = unit == Unit.PARAMETERS ? "parameter" : unit == Unit.TOKENS ? "token" : null;
            return new Quantity(i, e, bare, bare, null, unit, true, false, false, null, name, 1);
        }
        if (word.equals("several") || (word.equals("a") && t.startsWith(" few ", w))) {
            return few(t, i, word.equals("a") ? w + 4 : w, from, to, word.equals("a") ? 2 : 3, word.equals("a") ? 5 : 9);
        }
        if (word.equals("half") && (t.startsWith(" a ", w) || t.startsWith(" an ", w))) {
            int k = t.indexOf(' ', w + 1);
            Card c = cardinal(t, w + 1, to);
            if (c != null) {
                return spelled(t, i, c.end, from, to, 0.5 * c.value, 3); // "half a million", "half a dozen"
            }
            UnitHit u = unit(t, k, to);
            if (u != null && u.unit == Unit.SECONDS) {
                return bounded(t, i, u.end, from, to, 0.5 * u.factor, null, u.unit, false, false, u, null);
            }
            return null;
        }
        if (Character.isUpperCase(t.charAt(i)) && capitalizedWordBefore(t, i, from)) {
            return null; // "Formula One", "Channel Four": a name
        }
        Card c = cardinal(t, i, to);
        if (c == null) {
            return null;
        }
        return spelled(t, i, c.end, from, to, c.value, c.tokens == 1 && c.value == 1 ? 1 : c.tokens);
    }

    /**
     * A spelled-out number [i, end) with value v and the unit after it. A lone "one" needs a unit ("one of the",
     * "no one" are not amounts). Marked scaled, so that the extractor never takes "seven" as a benchmark score.
     */
    private static Quantity spelled(String t, int i, int end, int from, int to, double v, int tokens) {
        if (end < to && t.charAt(end) == '-' && end + 1 < to && isLetter(t.charAt(end + 1))) {
            String next = wordAt(t, end + 1, to);
            if (FRACTIONS.contains(next) || ORDINAL_WORDS.contains(next)) {
                return null; // "two-thirds", "twenty-first"
            }
        }
        UnitHit u = moneyAfterScale(t, unit(t, end, to), end, to, v);
        if (u == null && v >= 1e3 && t.startsWith(" of ", end)) {
            u = unit(t, afterDeterminer(t, end + 4, to), to); // "ten thousand of those cards"
        }
        if (tokens == 1 && v == 1 && u == null) {
            return null;
        }
        String money = currencyBefore(t, i, from);
        Unit unit = money != null ? Unit.CURRENCY : u == null ? Unit.NONE : u.unit;
        String currency = money != null && !money.equals("?") ? money : u != null ? u.currency : null;
        double f = u == null ? 1 : u.factor;
        boolean scaled = v >= 1e3 || unit == Unit.NONE || unit == Unit.PERCENT || unit == Unit.CURRENCY
                || unit == Unit.TIMES || unit == Unit.MEASURE;
        return bounded(t, i, u == null ? end : u.end, from, to, v * f, null, unit, scaled, false, u, currency);
    }

    /**
     * "tens of thousands" (1e4–1e5), "hundreds of millions of users", "dozens of flights", "thousands": a range
     * from the plural's unit to ten times it.
     */
    private static Quantity plural(String t, int i, int w, int from, int to, String word, double base) {
        double lo = word.equals("dozens") ? 24 : base;
        // "tens", "dozens", "hundreds" stop below the next order ("tens of thousands" < 100,000); "thousands",
        // "millions", "trillions" alone do not ("trillions of tokens" may well be 13 trillion): a lower bound
        double hi = word.equals("dozens") ? 100 : base <= 100 ? base * 10 : Double.NaN;
        int end = w;
        if (t.startsWith(" of ", w)) {
            int k = w + 4;
            String inner = wordAt(t, k, to).toLowerCase(Locale.ROOT);
            Double s = PLURAL_SCALES.get(inner);
            if (s == null) {
                s = SCALE_WORDS.get(inner);
            }
            if (s != null && s >= 1e3) {
                lo *= s;
                hi *= s;
                end = k + inner.length();
            }
        } else if (word.equals("tens") || (w < to && (isAlnum(t.charAt(w)) || t.charAt(w) == '-'))) {
            return null; // "tens" alone is a digit's place; "thousands-strong" is rare
        }
        UnitHit u = unit(t, end, to);
        if (u == null && t.startsWith(" of ", end)) {
            u = unit(t, afterDeterminer(t, end + 4, to), to);
        }
        if (u != null && u.unit == Unit.TIMES) {
            u = null;
        }
        String money = currencyBefore(t, i, from);
        double f = u == null ? 1 : u.factor;
        Unit unit = u == null ? Unit.NONE : u.unit;
        String currency = u != null ? u.currency : money != null && !money.equals("?") ? money : null;
        if (Double.isNaN(hi)) {
            return new Quantity(i, u == null ? end : u.end, lo * f, lo * f, null, unit, true, false, true,
                    currency, u == null ? null : u.name, f);
        }
        return new Quantity(i, u == null ? end : u.end, (lo + hi) / 2 * f, lo * f, hi * f, unit, true, false, true,
                currency, u == null ? null : u.name, f);
    }

    /** "a few thousand", "several million", "a few days": a vague multiplier of a scale or unit. */
    private static Quantity few(String t, int i, int w, int from, int to, double lo, double hi) {
        double s = 1;
        int end = w;
        if (end < to && t.charAt(end) == ' ') {
            String next = wordAt(t, end + 1, to).toLowerCase(Locale.ROOT);
            Double f = SCALE_WORDS.get(next);
            if (f == null && next.equals("hundred")) {
                f = 100.0;
            }
            if (f != null && next.length() > 2) {
                s = f;
                end = end + 1 + next.length();
            }
        }
        UnitHit u = unit(t, end, to);
        if (u != null && (u.unit == Unit.TIMES || u.unit == Unit.PERCENT)) {
            u = null;
        }
        if (u == null && s == 1) {
            return null; // "a few analysts": no amount worth a number
        }
        double f = u == null ? 1 : u.factor;
        Unit unit = u == null ? Unit.NONE : u.unit;
        return new Quantity(i, u == null ? end : u.end, (lo + hi) / 2 * s * f, lo * s * f, hi * s * f, unit, true,
                false, true, u == null ? null : u.currency, u == null ? null : u.name, f);
    }

    private record Card(double value, int end, int tokens) {
    }

    /**
     * An English cardinal from i: "seven", "twenty-five", "three hundred and twelve", "two million", "a dozen",
     * "a hundred thousand". Null when no number word starts there.
     */
    private static Card cardinal(String t, int i, int to) {
        double total = 0;
        double current = 0;
        int last = 0; // 0 nothing, 1 units, 2 tens, 3 hundred, 4 scale, 5 article
        int end = -1;
        int tokens = 0;
        int pos = i;
        while (pos < to && tokens < 10) {
            String word = wordAt(t, pos, to);
            if (word.isEmpty() || word.length() > 9) {
                break;
            }
            int w = pos + word.length();
            if (w < to && isDigit(t.charAt(w))) {
                break;
            }
            String lw = word.toLowerCase(Locale.ROOT);
            Integer n = CARDINALS.get(lw);
            Double sc = SCALE_WORDS.get(lw);
            if (n != null) {
                boolean tens = n >= 20 && n % 10 == 0;
                if (!(last == 0 || last == 3 || last == 4 || (last == 2 && n < 10))) {
                    break;
                }
                current += n;
                last = tens ? 2 : 1;
            } else if ((lw.equals("a") || lw.equals("an")) && last == 0) {
                current = 1;
                last = 5;
            } else if (lw.equals("hundred") && (last == 1 || last == 2 || last == 5) && current < 100) {
                current *= 100;
                last = 3;
            } else if (lw.equals("dozen") && (last == 1 || last == 5)) {
                current *= 12;
                last = 3;
            } else if (sc != null && lw.length() > 2 && (last == 1 || last == 2 || last == 3 || last == 5)) {
                total += current * sc;
                current = 0;
                last = 4;
            } else if (lw.equals("and") && last == 3 && w + 1 < to && t.charAt(w) == ' '
                    && CARDINALS.containsKey(wordAt(t, w + 1, to).toLowerCase(Locale.ROOT))) {
                pos = w + 1;
                continue; // "three hundred and twelve"
            } else {
                break;
            }
            tokens++;
            if (last != 5) {
                end = w;
            }
            if (w + 1 < to && (t.charAt(w) == ' ' || t.charAt(w) == '-') && isLetter(t.charAt(w + 1))) {
                pos = w + 1;
            } else {
                break;
            }
        }
        if (end < 0) {
            return null;
        }
        return new Card(total + current, end, tokens);
    }

    private static String wordAt(String t, int k, int to) {
        int e = k;
        while (e < to && e - k < 12 && isLetter(t.charAt(e))) {
            e++;
        }
        return t.substring(k, e);
    }

    /** Whether a capitalized word (not a sentence start) stands right before the word at i. */
    private static boolean capitalizedWordBefore(String t, int i, int from) {
        int k = i - 1;
        if (k <= from || t.charAt(k) != ' ') {
            return false;
        }
        int w = k;
        while (w > from && isLetter(t.charAt(w - 1))) {
            w--;
        }
        return w < k && Character.isUpperCase(t.charAt(w)) && w > from + 1 && t.charAt(w - 1) == ' '
                && ".!?:\"".indexOf(t.charAt(w - 2)) < 0;
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
        if (!wellFormed(run)) {
            return null; // 十三五, 万一, 三五成群: not a numeral
        }
        if (run.equals("十") && j < to && t.charAt(j) == '几') {
            return chineseRange(t, i, j + 1, from, to, 11, 19); // 十几, 十几万
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
                String name = unit == Unit.PARAMETERS ? "parameter" : null;
                if (near(t.substring(Math.max(from, i - 16), i))) {
                    return new Quantity(i, end, f, null, f, unit, true, false, true, null, name, 1); // 准万亿参数: just under
                }
                return new Quantity(i, end, f, f, null, unit, true, false, false, null, name, 1);
            }
            double v = chineseValue("一" + run);
            if ((run.equals("万") || run.equals("千") || run.equals("十万")) && t.startsWith("卡", j)
                    && !t.startsWith("卡时", j)) {
                // 万卡集群, 千卡: a cluster named by its order of magnitude, at least that many cards
                return new Quantity(i, j + 1, v, v, null, Unit.ACCELERATORS, true, false, false, null, "accelerator", 1);
            }
            char before = i > from ? t.charAt(i - 1) : ' ';
            boolean bounded = "近超逾破约".indexOf(before) >= 0;
            boolean counted = run.equals("十") && j < to && (t.charAt(j) == '余' || t.charAt(j) == '多'
                    || Measures.isClassifier(t.charAt(j)) || unit(t, j, to) != null);
            if (!bounded && !counted) {
                return null; // 十分, 百度, 千问, 万一: words, not amounts
            }
            return chineseAmount(t, i, j, from, to, v, true);
        }
        double v = chineseValue(run);
        if (!hasUnit) {
            UnitHit u = unit(t, i + run.length(), to);
            boolean classifier = j < to && Measures.isClassifier(t.charAt(j)) && run.charAt(0) != '一'
                    && run.charAt(0) != '零' && run.charAt(0) != '〇';
            if (run.length() > 1 || (u == null && !classifier)
                    || (u != null && run.charAt(0) == '一' && u.unit != Unit.SECONDS && u.unit != Unit.ACCELERATORS)) {
                return null; // a lone 一 or 三 is a word part ("统一", "三方") unless a unit or a classifier follows
            }
        }
        return chineseAmount(t, i, i + run.length(), from, to, v, true);
    }

    /**
     * Whether a run of numeral chars reads as one number: it starts with a digit or 十, and two digits never stand
     * side by side (三五 is "three or five", 十三五 a plan's name), except a digit after 零.
     */
    private static boolean wellFormed(String run) {
        char first = run.charAt(0);
        if ("百千万亿".indexOf(first) >= 0) {
            return run.length() == 1 || "百千万亿".indexOf(run.charAt(run.length() - 1)) >= 0 && allScales(run);
        }
        for (int k = 1; k < run.length(); k++) {
            boolean digit = "十百千万亿".indexOf(run.charAt(k)) < 0;
            boolean prevDigit = "十百千万亿".indexOf(run.charAt(k - 1)) < 0 && run.charAt(k - 1) != '零' && run.charAt(k - 1) != '〇';
            if (digit && prevDigit && run.charAt(k) != '零' && run.charAt(k) != '〇') {
                return false;
            }
        }
        return true;
    }

    private static boolean allScales(String run) {
        for (int k = 0; k < run.length(); k++) {
            if ("十百千万亿".indexOf(run.charAt(k)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** A Chinese amount v written in [i, j), with the unit after it. */
    private static Quantity chineseAmount(String t, int i, int j, int from, int to, double v, boolean scaled) {
        UnitHit u = unit(t, j, to);
        int end = u == null ? j : u.end;
        Unit unit = u == null ? Unit.NONE : u.unit;
        double f = u == null ? 1 : u.factor;
        boolean counted = unit == Unit.NONE || unit == Unit.PERCENT || unit == Unit.CURRENCY || unit == Unit.MEASURE;
        return bounded(t, i, end, from, to, v * f, null, unit, scaled && (counted || v >= 1e3), false, u,
                u == null ? null : u.currency);
    }

    /**
     * 数十, 几百, 数万, 几十亿 (several: 2 to 9 times the scale), 上万, 上千, 上亿 (upwards of the scale).
     * i is at 几, 数 or 上, followed by a scale char.
     */
    private static Quantity chineseVague(String t, int i, int from, int to) {
        char p = t.charAt(i);
        if (i > from) {
            char b = t.charAt(i - 1);
            if (p == '数' && "参人次分总倍系函指个位层卡步读变常基序实整小负正复向对点少多无函票".indexOf(b) >= 0) {
                return null; // 参数百亿 is "parameters: ten billion", not "several ten billions"
            }
            if (p == '上' && "线网马以之往向晚早楼路世身手场市台会面加".indexOf(b) >= 0) {
                return null;
            }
            if (p == '几' && b == '十') {
                return null;
            }
        }
        if (p == '上') {
            int j = skipScaleChars(t, i + 1, to);
            double v = chineseValue("一" + t.substring(i + 1, j));
            UnitHit u = unit(t, j, to);
            double f = u == null ? 1 : u.factor;
            return new Quantity(i, u == null ? j : u.end, v * f, v * f, null, u == null ? Unit.NONE : u.unit, true,
                    false, false, u == null ? null : u.currency, u == null ? null : u.name, f);
        }
        return chineseRange(t, i, i + 1, from, to, 2, 9);
    }

    /** lo–hi times the scale chars at k (none: 1), then the unit: 数十 (20–90), 几万 (2e4–9e4), 十几亿. */
    private static Quantity chineseRange(String t, int i, int k, int from, int to, double lo, double hi) {
        int j = skipScaleChars(t, k, to);
        double s = j > k ? chineseValue("一" + t.substring(k, j)) : 1;
        UnitHit u = unit(t, j, to);
        if (j == k && u == null && (j >= to || !Measures.isClassifier(t.charAt(j)))) {
            return null;
        }
        double f = u == null ? 1 : u.factor;
        return new Quantity(i, u == null ? j : u.end, (lo + hi) / 2 * s * f, lo * s * f, hi * s * f,
                u == null ? Unit.NONE : u.unit, true, false, true, u == null ? null : u.currency,
                u == null ? null : u.name, f);
    }

    private static int skipScaleChars(String t, int k, int to) {
        int j = k;
        while (j < to && j - k < 4 && "十百千万亿".indexOf(t.charAt(j)) >= 0) {
            j++;
        }
        return j;
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
                                    Unit unit, boolean scaled, boolean yearLike, UnitHit u, String currency) {
        String name = u == null ? (currency != null ? CURRENCY_NAMES.getOrDefault(currency, null) : null) : u.name;
        double f = u == null ? 1 : u.factor;
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
            return new Quantity(start, e, (v + high) / 2, v, high, unit, scaled, false, approx, currency, name, f);
        }
        if (!plusAfter && near(before)) {
            return new Quantity(start, e, v, null, v, unit, scaled, false, true, currency, name, f);
        }
        boolean lower = plusAfter || (endsWithAny(before, LOWER)
                && !(unit == Unit.SECONDS && (before.endsWith("over ") || before.endsWith("across "))));
        if (lower) {
            return new Quantity(start, e, v, v, null, unit, scaled, false, approx, currency, name, f);
        }
        if (endsWithAny(before, UPPER)) {
            return new Quantity(start, e, v, null, v, unit, scaled, false, approx, currency, name, f);
        }
        return new Quantity(start, e, v, null, null, unit, scaled, yearLike, approx, currency, name, f);
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
        if (!s.endsWith("a ") && !s.endsWith("an ")) {
            return false;
        }
        for (String w : words) {
            if (s.endsWith(w + "a ") || s.endsWith(w + "an ")) {
                return true;
            }
        }
        return false;
    }

    private static final Map<String, String> CURRENCY_NAMES = Map.ofEntries(Map.entry("USD", "dollar"),
            Map.entry("EUR", "euro"), Map.entry("GBP", "pound sterling"), Map.entry("CNY", "yuan"),
            Map.entry("JPY", "yen"), Map.entry("HKD", "hong kong dollar"), Map.entry("AUD", "australian dollar"),
            Map.entry("CAD", "canadian dollar"), Map.entry("SGD", "singapore dollar"),
            Map.entry("NZD", "new zealand dollar"), Map.entry("TWD", "new taiwan dollar"),
            Map.entry("BRL", "brazilian real"), Map.entry("MXN", "mexican peso"), Map.entry("INR", "indian rupee"),
            Map.entry("KRW", "won"), Map.entry("RUB", "rouble"), Map.entry("CHF", "swiss franc"));

    /**
     * The currency written right before the number at i ("$", "US$", "HK$", "€", "£", "¥", "RMB ", "EUR "), as an
     * ISO 4217 code; "?" for a bare ¥ (yen or yuan: the scale decides); null when none.
     */
    private static String currencyBefore(String t, int i, int from) {
        int k = i - 1;
        while (k >= from && k >= i - 2 && t.charAt(k) == ' ') {
            k--;
        }
        if (k < from) {
            return null;
        }
        char c = t.charAt(k);
        switch (c) {
            case '$':
                return dollarPrefix(t, k, from);
            case '€':
                return "EUR";
            case '£':
                return "GBP";
            case '¥':
                if (k - 2 >= from && t.startsWith("JP", k - 2)) {
                    return "JPY";
                }
                return k - 2 >= from && t.startsWith("CN", k - 2) ? "CNY" : "?";
            case '₹':
                return "INR";
            case '₩':
                return "KRW";
            case '₽':
                return "RUB";
            default:
                break;
        }
        if (!isLetter(c)) {
            return null;
        }
        int w = k + 1;
        int s = k;
        while (s > from && s > k - 4 && isLetter(t.charAt(s - 1))) {
            s--;
        }
        if (s > from && isLetter(t.charAt(s - 1))) {
            return null;
        }
        return switch (t.substring(s, w).toUpperCase(Locale.ROOT)) {
            case "RMB", "CNY" -> "CNY";
            case "USD" -> "USD";
            case "EUR" -> "EUR";
            case "GBP" -> "GBP";
            case "JPY" -> "JPY";
            case "HKD" -> "HKD";
            case "INR", "RS" -> "INR";
            case "CHF" -> "CHF";
            default -> null;
        };
    }

    /** "$" alone is US dollars; "HK$", "A$", "C$", "NT$", "S$", "NZ$", "R$", "MX$" are not. */
    private static String dollarPrefix(String t, int k, int from) {
        int s = k;
        while (s > from && s > k - 3 && Character.isUpperCase(t.charAt(s - 1)) && isLetter(t.charAt(s - 1))) {
            s--;
        }
        if (s > from && isLetter(t.charAt(s - 1))) {
            return "USD";
        }
        return switch (t.substring(s, k)) {
            case "HK" -> "HKD";
            case "A", "AU" -> "AUD";
            case "C", "CA", "CAN" -> "CAD";
            case "NT" -> "TWD";
            case "S", "SG" -> "SGD";
            case "NZ" -> "NZD";
            case "R" -> "BRL";
            case "MX" -> "MXN";
            default -> "USD";
        };
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
        while (j < to && (isAlnum(t.charAt(j)) || (t.charAt(j) == '.' && j + 1 < to && isDigit(t.charAt(j + 1)))
                || (t.charAt(j) == ',' && j > i && isDigit(t.charAt(j - 1)) && threeDigits(t, j + 1, to)))) {
            j++; // "PS21,700": the digit groups of a code belong to it
        }
        return Math.max(j, i + 1);
    }

    /** "11", "3.1", "17.2": digits and dots only, as a product's number or version is written. */
    private static boolean versionLike(String t, int i, int end) {
        for (int k = i; k < end; k++) {
            if (!isDigit(t.charAt(k)) && t.charAt(k) != '.') {
                return false;
            }
        }
        return end - i <= 6;
    }

    private static boolean threeDigits(String t, int k, int to) {
        return k + 3 <= to && isDigit(t.charAt(k)) && isDigit(t.charAt(k + 1)) && isDigit(t.charAt(k + 2))
                && (k + 3 == to || !isDigit(t.charAt(k + 3)));
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
