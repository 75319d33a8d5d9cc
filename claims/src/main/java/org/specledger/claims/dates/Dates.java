package org.specledger.claims.dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.specledger.claims.text.NormalizedText;
import org.specledger.claims.text.StartScan;

/**
 * Dates in news text, with java.time only. {@link #parse(String)} reads a dateline or a date attribute
 * ("MONDAY, MARCH 2, 2026", "Published FEB 11, 2026", "2026年3月2日", "2026-03-02T08:00:00+08:00");
 * {@link #find(String, int, int, LocalDate)} finds event and relative dates inside sentences. A date-time keeps
 * the date as written in its own zone (a page's 08:00+08:00 is that day in Beijing). All patterns have bounded
 * repetition.
 */
public final class Dates {
    private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d)");
    private static final Pattern SLASHED = Pattern.compile("(?<!\\d)(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})(?!\\d)");
    private static final Pattern ZH_DAY = Pattern.compile("(?:(\\d{4}) ?年 ?)?(\\d{1,2}) ?月 ?(\\d{1,2}) ?[日号]");
    private static final Pattern ZH_MONTH = Pattern.compile("(\\d{4}) ?年 ?(\\d{1,2}) ?月(?! ?\\d)");
    private static final Pattern MDY = Pattern.compile("(?<![A-Za-z])" + MONTH + " (\\d{1,2})(?:st|nd|rd|th)?(?:, ?| )?(\\d{4})?(?![\\d])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DMY = Pattern.compile("(?<![\\dA-Za-z])(\\d{1,2}) " + MONTH + ",? (\\d{4})(?!\\d)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MY = Pattern.compile("(?<![A-Za-z])" + MONTH + ",? (\\d{4})(?!\\d)", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile("^(?:19|20)\\d{2}$");
    private static final Pattern AGO = Pattern.compile("(?<![\\dA-Za-z])(\\d{1,3}) ?(h|hrs?|hours?|d|days?|w|weeks?|mins?|minutes?|m) ago(?![A-Za-z])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RELATIVE_WORD = Pattern.compile(
            "(?<![A-Za-z])(yesterday|today|last week|last month|last year)(?![A-Za-z])|(前天|昨天|昨日|今天|今日|上周|上个月|去年)",
            Pattern.CASE_INSENSITIVE);

    /**
     * "on Wednesday", "last Monday": wire copy dates an event by its weekday within the week before the dateline
     * (Reuters and AP style). Resolved to the latest such day on or before publication.
     */
    private static final Pattern WEEKDAY = Pattern.compile(
            "(?<![A-Za-z])(?:on|last) (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![A-Za-z])");

    private Dates() {
    }

    /** Parses a dateline or date string; empty when it holds no date. Never throws on bad input. */
    public static Optional<ParsedDate> parse(String s) {
        if (s == null || s.isBlank()) {
            return Optional.empty();
        }
        String t = NormalizedText.of(s.strip()).text();
        for (DateMention m : find(t, 0, t.length(), null)) {
            if (!m.relative() && !m.yearInferred()) {
                return Optional.of(m.date());
            }
        }
        if (YEAR.matcher(t).matches()) {
            return Optional.of(new ParsedDate(LocalDate.of(Integer.parseInt(t), 1, 1), "year"));
        }
        return Optional.empty();
    }

    /**
     * Dates in normalized text t[from, to), in order, not overlapping. A date without a year takes the
     * publication year (and is marked {@code yearInferred}); relative dates need the publication date and
     * are skipped without it.
     */
    public static List<DateMention> find(String t, int from, int to, LocalDate published) {
        return find(t, from, to, published, published == null ? null : published.getYear());
    }

    /**
     * As {@link #find(String, int, int, LocalDate)}, with the year that completes a date written without one given
     * apart ({@code contextYear}, e.g. the story's own year when the publication date is unknown); relative dates
     * still need {@code published}.
     */
    public static List<DateMention> find(String t, int from, int to, LocalDate published, Integer contextYear) {
        List<DateMention> out = new ArrayList<>();
        String lower = t.substring(from, to).toLowerCase(Locale.ROOT);
        boolean digits = false;
        for (int i = 0; i < lower.length() && !digits; i++) {
            digits = lower.charAt(i) >= '0' && lower.charAt(i) <= '9';
        }
        if (digits) {
            absolute(t, from, to, contextYear, lower, out);
        }
        if (published != null) {
            relative(t, from, to, published, lower, digits, out);
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private static final String[] MONTH_PREFIXES = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
            "nov", "dec"};

    /** Four digits at i, none before them, then one of the separators. */
    private static boolean yearThen(String t, int i, int from, String separators) {
        if (i + 4 >= t.length() || separators.indexOf(t.charAt(i + 4)) < 0 || i > from && isDigit(t.charAt(i - 1))) {
            return false;
        }
        return isDigit(t.charAt(i)) && isDigit(t.charAt(i + 1)) && isDigit(t.charAt(i + 2)) && isDigit(t.charAt(i + 3));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static void absolute(String t, int from, int to, Integer year, String lower, List<DateMention> out) {
        // both start with four digits after no digit and a separator after them: tried only there
        StartScan numeric = new StartScan(ISO, t, from, to, (x, i, f) -> yearThen(x, i, f, "-"));
        while (numeric.find()) {
            add(out, numeric.start(), numeric.end(), ymd(numeric.group(1), numeric.group(2), numeric.group(3)), false, false);
        }
        numeric = new StartScan(SLASHED, t, from, to, (x, i, f) -> yearThen(x, i, f, "/."));
        while (numeric.find()) {
            add(out, numeric.start(), numeric.end(), ymd(numeric.group(1), numeric.group(2), numeric.group(3)), false, false);
        }
        Matcher m;
        boolean zh = lower.indexOf('月') >= 0;
        m = ZH_DAY.matcher(t).region(from, zh ? to : from);
        while (m.find()) {
            if (m.group(1) != null) {
                add(out, m.start(), m.end(), ymd(m.group(1), m.group(2), m.group(3)), false, false);
            } else if (year != null) {
                add(out, m.start(), m.end(), ymd(String.valueOf(year), m.group(2), m.group(3)), false, true);
            }
        }
        m = ZH_MONTH.matcher(t).region(from, zh ? to : from);
        while (m.find()) {
            add(out, m.start(), m.end(), month(m.group(1), m.group(2)), false, false);
        }
        boolean months = false;
        for (String p : MONTH_PREFIXES) {
            months |= lower.contains(p);
        }
        if (!months) {
            return;
        }
        m = DMY.matcher(t).region(from, to);
        while (m.find()) {
            if (modalMay(t, m.start(2))) {
                continue;
            }
            add(out, m.start(), m.end(), ymd(m.group(3), monthNumber(m.group(2)), m.group(1)), false, false);
        }
        m = MDY.matcher(t).region(from, to);
        while (m.find()) {
            if (modalMay(t, m.start(1))) {
                continue;
            }
            if (m.group(3) != null) {
                add(out, m.start(), m.end(), ymd(m.group(3), monthNumber(m.group(1)), m.group(2)), false, false);
            } else if (year != null) {
                int end = m.end();
                while (end > m.start() && (t.charAt(end - 1) == ' ' || t.charAt(end - 1) == ',')) {
                    end--;
                }
                add(out, m.start(), end, ymd(String.valueOf(year), monthNumber(m.group(1)), m.group(2)),
                        false, true);
            }
        }
        m = MY.matcher(t).region(from, to);
        while (m.find()) {
            if (modalMay(t, m.start(1))) {
                continue;
            }
            add(out, m.start(), m.end(), month(m.group(2), monthNumber(m.group(1))), false, false);
        }
    }

    private static void relative(String t, int from, int to, LocalDate published, String lower, boolean digits,
                                 List<DateMention> out) {
        Matcher m;
        if (digits && lower.contains(" ago")) {
            m = AGO.matcher(t).region(from, to);
            while (m.find()) {
                int n = Integer.parseInt(m.group(1));
                String u = m.group(2).toLowerCase(Locale.ROOT);
                LocalDate d;
                if (u.startsWith("h")) {
                    d = published.minusDays(n / 24);
                } else if (u.startsWith("d")) {
                    d = published.minusDays(n);
                } else if (u.startsWith("w")) {
                    d = published.minusWeeks(n);
                } else {
                    d = published;
                }
                add(out, m.start(), m.end(), new ParsedDate(d, "day"), true, false);
            }
        }
        if (anyOf(lower, "nday", "sday", "rday", "iday")) { // Monday … Sunday, not "days" or "today"
            weekdays(t, from, to, published, out);
        }
        if (anyOf(lower, "yesterday", "today", "last ", "前天", "昨", "今天", "今日", "上周", "上个月", "去年")) {
            m = RELATIVE_WORD.matcher(t).region(from, to);
            while (m.find()) {
                String w = (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT);
                ParsedDate d = switch (w) {
                    case "yesterday", "昨天", "昨日" -> new ParsedDate(published.minusDays(1), "day");
                    case "today", "今天", "今日" -> new ParsedDate(published, "day");
                    case "前天" -> new ParsedDate(published.minusDays(2), "day");
                    // a week back is known only to the month (it may straddle two); the first of that month is stored
                    case "last week", "上周" -> new ParsedDate(published.minusWeeks(1).withDayOfMonth(1), "month");
                    case "last month", "上个月" -> new ParsedDate(published.minusMonths(1).withDayOfMonth(1), "month");
                    default -> new ParsedDate(LocalDate.of(published.getYear() - 1, 1, 1), "year");
                };
                add(out, m.start(), m.end(), d, true, false);
            }
        }
    }

    private static void weekdays(String t, int from, int to, LocalDate published, List<DateMention> out) {
        Matcher m = WEEKDAY.matcher(t).region(from, to);
        while (m.find()) {
            java.time.DayOfWeek dow = java.time.DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
            LocalDate d = published.with(java.time.temporal.TemporalAdjusters.previousOrSame(dow));
            if (t.startsWith("last", m.start()) && d.equals(published)) {
                d = d.minusWeeks(1);
            }
            add(out, m.start(), m.end(), new ParsedDate(d, "day"), true, false);
        }
    }

    private static boolean anyOf(String lower, String... words) {
        for (String w : words) {
            if (lower.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** "may" in lower case is the verb, not the month. */
    private static boolean modalMay(String t, int monthStart) {
        return t.startsWith("may", monthStart);
    }

    private static void add(List<DateMention> out, int s, int e, ParsedDate d, boolean relative, boolean inferred) {
        if (d == null) {
            return;
        }
        for (DateMention x : out) {
            if (x.start() < e && s < x.end()) {
                return; // the more specific pattern, tried first, already has this span
            }
        }
        out.add(new DateMention(s, e, d, relative, inferred));
    }

    private static ParsedDate ymd(String y, String mo, String d) {
        try {
            return new ParsedDate(LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d)), "day");
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static ParsedDate month(String y, String mo) {
        try {
            return new ParsedDate(LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), 1), "month");
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static String monthNumber(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        String[] prefixes = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < prefixes.length; i++) {
            if (n.startsWith(prefixes[i])) {
                return String.valueOf(i + 1);
            }
        }
        return "0";
    }
}
