package org.specledger.article;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.ULocale;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Full dates written for people, in the forms news pages use: "March 2, 2026", "2 March 2026", "29. Juni 2017",
 * "30 septembre 2018", "17 de marzo de 2020", "07.11.2023", "2023/11/08", "2025年4月29日", "2023년 11월 2일".
 * Month names come from ICU's locale data (CLDR), format and stand-alone, wide and abbreviated, for the
 * languages of {@link #LANGUAGES}; a name that means different months in two of them is dropped.
 */
final class DateText {

    /** Languages whose month names are recognised: the European languages of the news we read, and Russian. */
    static final List<String> LANGUAGES = List.of(
            "en", "de", "de-AT", "fr", "es", "it", "pt", "nl", "da", "sv", "nb", "pl", "cs", "ro", "tr", "ru");

    private static final Map<String, Integer> MONTHS = monthNames();

    /** White space as pages write it between a date's parts: thin and non-breaking spaces included ("4.&thinsp;2.&thinsp;2022"). */
    private static final String SP = "[\\s\\u00a0\\u2009\\u202f]";
    private static final String DAY_SUFFIX = "(?:st|nd|rd|th|er|e|º|°)?";
    /** "29. Juni 2017", "30 septembre 2018", "17 de marzo de 2020", "1er mai 2020", "7 Jan. 2015". */
    private static final Pattern DMY_WORD = Pattern.compile(
            "(?<![\\d\\p{L}])(\\d{1,2})" + DAY_SUFFIX + "\\.?" + SP + "*(?:de\\s+)?(\\p{L}{3,12})\\.?,?" + SP + "*(?:de\\s+|del\\s+)?(\\d{4})(?!\\d)");
    /** "March 2, 2026", "Nov. 8 2023", "Dezember 16th, 2012". */
    private static final Pattern MDY_WORD = Pattern.compile(
            "(?<!\\p{L})(\\p{L}{3,12})\\.?" + SP + "+(\\d{1,2})" + DAY_SUFFIX + ",?" + SP + "+(\\d{4})(?!\\d)");
    private static final Pattern YMD = Pattern.compile("(?<![\\d.])(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)(?!\\.\\d)");
    /** "07.11.2023", "26.1.2022": always day first. */
    private static final Pattern DMY_DOTTED = Pattern.compile("(?<![\\d.])(\\d{1,2})\\." + SP + "?(\\d{1,2})\\." + SP + "?(\\d{4})(?!\\d)");
    /** "02/10/2020", "01-11-2023": day first unless the page is American English or the day cannot be first. */
    private static final Pattern NUMERIC_SLASH = Pattern.compile("(?<![\\d/.-])(\\d{1,2})([/-])(\\d{1,2})\\2(\\d{4})(?!\\d)");
    private static final Pattern CJK = Pattern.compile("(\\d{4})\\s*[年년]\\s*(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})\\s*[日号일]");

    private static final List<Pattern> ALL = List.of(DMY_WORD, MDY_WORD, YMD, DMY_DOTTED, NUMERIC_SLASH, CJK);

    /** A date found in a text, with where it starts. */
    record Match(LocalDate date, int start, int end) {
    }

    private DateText() {
    }

    /**
     * The leftmost full date in the text for which {@code ok} holds, or null.
     *
     * @param monthFirst whether an ambiguous "02/10/2020" is month first (American English pages)
     */
    static Match first(String text, boolean monthFirst, java.util.function.Predicate<LocalDate> ok) {
        Match best = null;
        for (Pattern p : ALL) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                if (best != null && m.start() >= best.start()) {
                    break;
                }
                LocalDate d = date(p, m, monthFirst);
                if (d != null && ok.test(d)) {
                    best = new Match(d, m.start(), m.end());
                    break;
                }
            }
        }
        return best;
    }

    private static LocalDate date(Pattern p, Matcher m, boolean monthFirst) {
        try {
            if (p == DMY_WORD) {
                Integer month = month(m.group(2));
                return month == null ? null : LocalDate.of(year(m.group(3)), month, Integer.parseInt(m.group(1)));
            }
            if (p == MDY_WORD) {
                Integer month = month(m.group(1));
                return month == null ? null : LocalDate.of(year(m.group(3)), month, Integer.parseInt(m.group(2)));
            }
            if (p == DMY_DOTTED) {
                return LocalDate.of(year(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            }
            if (p == NUMERIC_SLASH) {
                int a = Integer.parseInt(m.group(1));
                int b = Integer.parseInt(m.group(3));
                boolean mdy = a <= 12 && (b > 12 || monthFirst);
                return mdy ? LocalDate.of(year(m.group(4)), a, b) : LocalDate.of(year(m.group(4)), b, a);
            }
            return LocalDate.of(year(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static int year(String s) {
        return Integer.parseInt(s);
    }

    /** The month a name stands for in one of {@link #LANGUAGES} ("juni", "Sept.", "déc", "März"), or null. */
    static Integer month(String name) {
        return MONTHS.get(normalize(name));
    }

    private static String normalize(String name) {
        String n = name.toLowerCase(Locale.ROOT).strip();
        return n.endsWith(".") ? n.substring(0, n.length() - 1) : n;
    }

    private static Map<String, Integer> monthNames() {
        Map<String, Integer> out = new HashMap<>();
        Set<String> clashes = new HashSet<>();
        for (String tag : LANGUAGES) {
            DateFormatSymbols s = new DateFormatSymbols(ULocale.forLanguageTag(tag));
            for (int context : new int[] {DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE}) {
                for (int width : new int[] {DateFormatSymbols.WIDE, DateFormatSymbols.ABBREVIATED}) {
                    String[] names = s.getMonths(context, width);
                    for (int i = 0; i < Math.min(12, names.length); i++) {
                        String n = normalize(names[i]);
                        if (n.length() < 3 || !n.codePoints().allMatch(Character::isLetter)) {
                            continue;
                        }
                        Integer was = out.putIfAbsent(n, i + 1);
                        if (was != null && was != i + 1) {
                            clashes.add(n);
                        }
                    }
                }
            }
        }
        // Forms pages write that CLDR's abbreviations do not list.
        for (String[] extra : new String[][] {{"sept", "9"}, {"mrz", "3"}, {"maerz", "3"}, {"jänner", "1"}, {"jaenner", "1"},
                {"setiembre", "9"}, {"febr", "2"}, {"juil", "7"}, {"janv", "1"}, {"févr", "2"}, {"avr", "4"}}) {
            out.putIfAbsent(extra[0], Integer.parseInt(extra[1]));
        }
        clashes.forEach(out::remove);
        return Map.copyOf(out);
    }
}
