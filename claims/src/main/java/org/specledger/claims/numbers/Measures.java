package org.specledger.claims.numbers;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Units of general news text after a number, written out or glued to it: "640bhp", "50 mph", "10kW", "1.5mm",
 * "3 kilograms", "20°C", "5 公里", "300 US dollars", "3 years". Symbols are case-sensitive ("mW" is not "MW");
 * words are not. Built once; a look-up reads one token and does one or two map look-ups.
 */
final class Measures {
    private static final double DAY = 86400.0;
    private static final double YEAR = 365 * DAY;

    /** A unit read after a number: what it measures, its canonical name, the factor to {@link Unit}'s measure. */
    record Hit(Unit unit, String name, double factor, int end, String currency) {
    }

    private record Entry(Unit unit, String name, double factor, String currency) {
    }

    private static final Map<String, Entry> SYMBOLS = new HashMap<>();
    private static final Entry INCH = new Entry(Unit.MEASURE, "inch", 1, null);
    private static final Map<String, Entry> WORDS = new HashMap<>();
    /** Two- and three-word units, checked before single words ("miles per hour" before "miles"). */
    private static final String[][] PHRASES = {
        {"miles per hour", "mile per hour"}, {"mile per hour", "mile per hour"},
        {"miles an hour", "mile per hour"}, {"kilometres per hour", "kilometre per hour"},
        {"kilometers per hour", "kilometre per hour"}, {"kilometres an hour", "kilometre per hour"},
        {"kilometers an hour", "kilometre per hour"}, {"km per hour", "kilometre per hour"},
        {"km an hour", "kilometre per hour"}, {"metres per second", "metre per second"},
        {"meters per second", "metre per second"}, {"square kilometres", "square kilometre"},
        {"square kilometers", "square kilometre"}, {"square kilometre", "square kilometre"},
        {"square kilometer", "square kilometre"}, {"square miles", "square mile"}, {"square mile", "square mile"},
        {"square metres", "square metre"}, {"square meters", "square metre"}, {"square metre", "square metre"},
        {"square meter", "square metre"}, {"square feet", "square foot"}, {"square foot", "square foot"},
        {"sq ft", "square foot"}, {"sq km", "square kilometre"}, {"sq m", "square metre"},
        {"sq mi", "square mile"}, {"cubic metres", "cubic metre"}, {"cubic meters", "cubic metre"},
        {"cubic feet", "cubic foot"}, {"degrees celsius", "degree celsius"}, {"degree celsius", "degree celsius"},
        {"degrees fahrenheit", "degree fahrenheit"}, {"degree fahrenheit", "degree fahrenheit"},
        {"degrees centigrade", "degree celsius"}, {"degrees c", "degree celsius"}, {"degrees f", "degree fahrenheit"},
        {"kilowatt hours", "kilowatt hour"}, {"kilowatt-hours", "kilowatt hour"}, {"kilowatt hour", "kilowatt hour"},
        {"megawatt hours", "megawatt hour"}, {"gigawatt hours", "gigawatt hour"},
        {"terawatt hours", "terawatt hour"}, {"light years", "light year"}, {"light-years", "light year"},
        {"percentage points", "percentage point"}, {"percentage point", "percentage point"},
        {"basis points", "basis point"}, {"basis point", "basis point"},
        {"us dollars", "dollar"}, {"u.s. dollars", "dollar"}, {"american dollars", "dollar"},
        {"hong kong dollars", "hong kong dollar"}, {"australian dollars", "australian dollar"},
        {"canadian dollars", "canadian dollar"}, {"singapore dollars", "singapore dollar"},
        {"new zealand dollars", "new zealand dollar"}, {"taiwan dollars", "new taiwan dollar"},
        {"new taiwan dollars", "new taiwan dollar"}, {"pounds sterling", "pound sterling"},
        {"swiss francs", "swiss franc"}, {"indian rupees", "indian rupee"},
    };
    /** {@link #PHRASES} by their first letter, so that a word after a number tries only its own few. */
    private static final String[][][] PHRASES_BY_LETTER = new String[26][][];
    private static final Map<String, String> PHRASE_CURRENCY = Map.ofEntries(
            Map.entry("dollar", "USD"), Map.entry("hong kong dollar", "HKD"), Map.entry("australian dollar", "AUD"),
            Map.entry("canadian dollar", "CAD"), Map.entry("singapore dollar", "SGD"),
            Map.entry("new zealand dollar", "NZD"), Map.entry("new taiwan dollar", "TWD"),
            Map.entry("pound sterling", "GBP"), Map.entry("swiss franc", "CHF"), Map.entry("indian rupee", "INR"));
    /** Chinese units, longest first (a number's 千/万 scale is read before them: "5千米" is 5,000 metres). */
    private static final String[][] CJK = {
        {"平方公里", "square kilometre"}, {"平方千米", "square kilometre"}, {"平方米", "square metre"},
        {"立方米", "cubic metre"}, {"摄氏度", "degree celsius"}, {"千瓦时", "kilowatt hour"},
        {"公里", "kilometre"}, {"厘米", "centimetre"}, {"毫米", "millimetre"}, {"纳米", "nanometre"},
        {"公斤", "kilogram"}, {"千克", "kilogram"}, {"公顷", "hectare"}, {"毫升", "millilitre"},
        {"千瓦", "kilowatt"}, {"兆瓦", "megawatt"}, {"吉瓦", "gigawatt"}, {"马力", "horsepower"},
        {"米", "metre"}, {"克", "gram"}, {"吨", "tonne"}, {"亩", "mu"}, {"升", "litre"}, {"瓦", "watt"},
        {"℃", "degree celsius"},
    };
    private static final String[][] CJK_MONEY = {
        {"新台币", "new taiwan dollar", "TWD"}, {"人民币", "yuan", "CNY"}, {"美元", "dollar", "USD"},
        {"欧元", "euro", "EUR"}, {"英镑", "pound sterling", "GBP"}, {"日元", "yen", "JPY"},
        {"港元", "hong kong dollar", "HKD"}, {"港币", "hong kong dollar", "HKD"}, {"韩元", "won", "KRW"},
        {"卢布", "rouble", "RUB"}, {"台币", "new taiwan dollar", "TWD"}, {"块钱", "yuan", "CNY"},
        {"元", "yuan", "CNY"},
    };

    static {
        for (int l = 0; l < 26; l++) {
            char first = (char) ('a' + l);
            PHRASES_BY_LETTER[l] = java.util.Arrays.stream(PHRASES).filter(p -> p[0].charAt(0) == first)
                    .toArray(String[][]::new);
        }
        measure("mm", "millimetre");
        measure("cm", "centimetre");
        measure("km", "kilometre");
        measure("m", "metre");
        measure("nm", "nanometre");
        measure("µm", "micrometre");
        measure("μm", "micrometre");
        measure("ft", "foot");
        measure("yd", "yard");
        measure("mph", "mile per hour");
        measure("MPH", "mile per hour");
        measure("kph", "kilometre per hour");
        measure("km/h", "kilometre per hour");
        measure("kmh", "kilometre per hour");
        measure("m/s", "metre per second");
        measure("bhp", "brake horsepower");
        measure("hp", "horsepower");
        measure("PS", "metric horsepower");
        measure("kW", "kilowatt");
        measure("KW", "kilowatt");
        measure("MW", "megawatt");
        measure("GW", "gigawatt");
        measure("W", "watt");
        measure("Wh", "watt hour");
        measure("kWh", "kilowatt hour");
        measure("MWh", "megawatt hour");
        measure("GWh", "gigawatt hour");
        measure("TWh", "terawatt hour");
        measure("mAh", "milliampere hour");
        measure("V", "volt");
        measure("kV", "kilovolt");
        measure("Hz", "hertz");
        measure("kHz", "kilohertz");
        measure("MHz", "megahertz");
        measure("GHz", "gigahertz");
        measure("kg", "kilogram");
        measure("g", "gram");
        measure("mg", "milligram");
        measure("lb", "pound");
        measure("lbs", "pound");
        measure("oz", "ounce");
        measure("ml", "millilitre");
        measure("mL", "millilitre");
        measure("L", "litre");
        measure("cc", "cubic centimetre");
        measure("psi", "pound per square inch");
        measure("Nm", "newton metre");
        measure("kbps", "kilobit per second");
        measure("Mbps", "megabit per second");
        measure("Gbps", "gigabit per second");
        measure("Mb/s", "megabit per second");
        measure("Gb/s", "gigabit per second");
        measure("fps", "frame per second");
        measure("rpm", "revolution per minute");
        measure("°C", "degree celsius");
        measure("°F", "degree fahrenheit");
        measure("°", "degree");
        measure("ha", "hectare");
        measure("kcal", "kilocalorie");
        measure("dB", "decibel");
        measure("pp", "percentage point");
        measure("bps", "basis point");
        SYMBOLS.put("pc", new Entry(Unit.PERCENT, "percent", 1, null)); // "3.5pc": British newspapers' percent
        time("min", "minute", 60);
        time("mins", "minute", 60);
        time("ms", "millisecond", 0.001);
        time("yrs", "year", YEAR);

        words(Unit.MEASURE, 1, "metre", "metre", "metres", "meter", "meters");
        words(Unit.MEASURE, 1, "kilometre", "kilometre", "kilometres", "kilometer", "kilometers");
        words(Unit.MEASURE, 1, "centimetre", "centimetre", "centimetres", "centimeter", "centimeters");
        words(Unit.MEASURE, 1, "millimetre", "millimetre", "millimetres", "millimeter", "millimeters");
        words(Unit.MEASURE, 1, "nanometre", "nanometre", "nanometres", "nanometer", "nanometers");
        words(Unit.MEASURE, 1, "mile", "mile", "miles");
        words(Unit.MEASURE, 1, "foot", "foot", "feet");
        words(Unit.MEASURE, 1, "inch", "inch", "inches");
        words(Unit.MEASURE, 1, "yard", "yard", "yards");
        words(Unit.MEASURE, 1, "kilogram", "kilogram", "kilograms", "kilogramme", "kilogrammes", "kilos");
        words(Unit.MEASURE, 1, "gram", "gram", "grams", "gramme", "grammes");
        words(Unit.MEASURE, 1, "tonne", "tonne", "tonnes", "ton", "tons");
        words(Unit.MEASURE, 1, "pound", "pound", "pounds");
        words(Unit.MEASURE, 1, "ounce", "ounce", "ounces");
        words(Unit.MEASURE, 1, "litre", "litre", "litres", "liter", "liters");
        words(Unit.MEASURE, 1, "gallon", "gallon", "gallons");
        words(Unit.MEASURE, 1, "barrel", "barrel", "barrels");
        words(Unit.MEASURE, 1, "acre", "acre", "acres");
        words(Unit.MEASURE, 1, "hectare", "hectare", "hectares");
        words(Unit.MEASURE, 1, "watt", "watt", "watts");
        words(Unit.MEASURE, 1, "kilowatt", "kilowatt", "kilowatts");
        words(Unit.MEASURE, 1, "megawatt", "megawatt", "megawatts");
        words(Unit.MEASURE, 1, "gigawatt", "gigawatt", "gigawatts");
        words(Unit.MEASURE, 1, "horsepower", "horsepower");
        words(Unit.MEASURE, 1, "volt", "volt", "volts");
        words(Unit.MEASURE, 1, "degree", "degree", "degrees");
        words(Unit.MEASURE, 1, "knot", "knot", "knots");
        words(Unit.MEASURE, 1, "calorie", "calorie", "calories");
        words(Unit.MEASURE, 1, "kilocalorie", "kilocalorie", "kilocalories");
        words(Unit.MEASURE, 1, "decibel", "decibel", "decibels");
        words(Unit.SECONDS, 1, "second", "second", "seconds");
        words(Unit.SECONDS, 60, "minute", "minute", "minutes");
        words(Unit.SECONDS, YEAR, "year", "year", "years");
        words(Unit.SECONDS, 10 * YEAR, "decade", "decade", "decades");
        words(Unit.SECONDS, 100 * YEAR, "century", "century", "centuries");
        money("dollar", "USD", "dollar", "dollars", "usd");
        money("euro", "EUR", "euro", "euros", "eur");
        money("yen", "JPY", "yen", "jpy");
        money("yuan", "CNY", "yuan", "renminbi", "rmb", "cny");
        money("rupee", "INR", "rupee", "rupees", "inr");
        money("rouble", "RUB", "rouble", "roubles", "ruble", "rubles");
        money("peso", "MXN", "peso", "pesos");
        money("franc", "CHF", "franc", "francs", "chf");
        money("pound sterling", "GBP", "gbp", "sterling", "quid");
        money("hong kong dollar", "HKD", "hkd");
    }

    private Measures() {
    }

    private static void measure(String symbol, String name) {
        SYMBOLS.put(symbol, new Entry(Unit.MEASURE, name, 1, null));
    }

    private static void time(String symbol, String name, double factor) {
        SYMBOLS.put(symbol, new Entry(Unit.SECONDS, name, factor, null));
    }

    private static void words(Unit unit, double factor, String name, String... forms) {
        for (String f : forms) {
            WORDS.put(f, new Entry(unit, name, factor, null));
        }
    }

    private static void money(String name, String code, String... forms) {
        for (String f : forms) {
            WORDS.put(f, new Entry(Unit.CURRENCY, name, 1, code));
        }
    }

    /**
     * The unit that starts at k (k is just past the number and its scale, or at the one space after them), or
     * null. {@code glued} when no space separates it from the number: a word must then be a symbol.
     */
    static Hit at(String t, int k, int to, boolean glued) {
        if (k >= to) {
            return null;
        }
        char c = t.charAt(k);
        if (c >= 0x3000) {
            return cjk(t, k, to);
        }
        if (!glued && QuantityScanner.isLetter(c)) {
            for (String[] p : PHRASES_BY_LETTER[Character.toLowerCase(c) - 'a']) {
                int n = p[0].length();
                if (k + n <= to && t.regionMatches(true, k, p[0], 0, n) && (k + n == to || !QuantityScanner.isAlnum(t.charAt(k + n)))) {
                    String name = p[1];
                    String code = PHRASE_CURRENCY.get(name);
                    Unit u = code != null ? Unit.CURRENCY : name.startsWith("percentage") ? Unit.PERCENT : Unit.MEASURE;
                    return new Hit(u, name, 1, k + n, code);
                }
            }
        }
        int w = k;
        while (w < to && w - k < 12 && isUnitChar(t.charAt(w))) {
            w++;
        }
        if (w < to && t.charAt(w) == '/' && w + 1 < to && QuantityScanner.isLetter(t.charAt(w + 1))) {
            int v = w + 1;
            while (v < to && v - w < 4 && QuantityScanner.isLetter(t.charAt(v))) {
                v++;
            }
            Hit h = lookup(t, k, v, to, glued);
            if (h != null) {
                return h;
            }
        }
        return w == k ? null : lookup(t, k, w, to, glued);
    }

    private static Hit lookup(String t, int k, int w, int to, boolean glued) {
        String token = t.substring(k, w);
        boolean square = false;
        if (w < to && t.charAt(w) == '2' && (token.equals("km") || token.equals("m") || token.equals("cm"))) {
            square = true; // "km²" after NFKC
            w++;
        }
        if (w < to && (QuantityScanner.isAlnum(t.charAt(w)) || t.charAt(w) == '_')) {
            return null; // "5G", "3rd", "H800": part of a longer token
        }
        if (w < to && t.charAt(w) == '-' && w + 1 < to && QuantityScanner.isDigit(t.charAt(w + 1))) {
            return null; // "PS-21": an identifier
        }
        Entry e = SYMBOLS.get(token);
        if (e == null && glued && token.equals("in")) {
            e = INCH; // "5ft 10in"; a spaced "10 in" is a preposition
        }
        if (e == null) {
            e = WORDS.get(token.toLowerCase(Locale.ROOT));
            if (e != null && glued && e.unit != Unit.CURRENCY && token.length() > 4) {
                e = null; // "5metres" is rare; a glued long word is more likely a name
            }
        }
        if (e == null) {
            return null;
        }
        String name = square ? "square " + e.name : e.name;
        return new Hit(e.unit, name, e.factor, w, e.currency);
    }

    private static boolean isUnitChar(char c) {
        return QuantityScanner.isLetter(c) || c == '°' || c == 'µ' || c == 'μ';
    }

    private static Hit cjk(String t, int k, int to) {
        for (String[] m : CJK_MONEY) {
            if (t.startsWith(m[0], k)) {
                return new Hit(Unit.CURRENCY, m[1], 1, k + m[0].length(), m[2]);
            }
        }
        for (String[] m : CJK) {
            if (t.startsWith(m[0], k)) {
                return new Hit(Unit.MEASURE, m[1], 1, k + m[0].length(), null);
            }
        }
        if (t.startsWith("分钟", k)) {
            return new Hit(Unit.SECONDS, "minute", 60, k + 2, null);
        }
        if (t.startsWith("秒", k) && !t.startsWith("秒杀", k)) {
            return new Hit(Unit.SECONDS, "second", 1, k + 1, null);
        }
        if (t.startsWith("年", k) && !(k + 1 < to && "级代底初末中内月份度".indexOf(t.charAt(k + 1)) >= 0)) {
            return new Hit(Unit.SECONDS, "year", YEAR, k + 1, null);
        }
        return null;
    }

    /** Whether c is a Chinese classifier that makes a lone numeral a count ("两名", "三家", "五个"). */
    static boolean isClassifier(char c) {
        return "个名人位家次件辆架台只条座所项款部艘篇份场轮届批种起例股层颗枚户国省城岁场".indexOf(c) >= 0;
    }
}
