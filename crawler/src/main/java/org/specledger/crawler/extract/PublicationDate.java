package org.specledger.crawler.extract;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds when an article was published, trying sources from the most to the least reliable: JSON-LD
 * datePublished, meta tags, {@code <time datetime>} in the article or its header, a dateline in the visible
 * text, a date in the URL path, then a relative byline ("2d ago", "昨天") resolved against the fetch time.
 * A date more than a day after the fetch (time zones) is never taken; script bodies other than JSON-LD,
 * styles and comments are never read (Jsoup's {@code text()} skips them).
 */
final class PublicationDate {

    /** The date as found, with its precision (day, month, year) and source (jsonld, meta, time, …). */
    record Found(String iso, String precision, String source) {
        static final Found NONE = new Found(null, null, "none");
    }

    /** Meta keys seen on news sites, most specific first (Open Graph article, schema.org, Dublin Core, Parse.ly, Sailthru). */
    private static final List<String> META_KEYS = List.of(
            "article:published_time", "og:published_time", "datePublished", "pubdate", "publishdate",
            "publish-date", "publish_date", "publication_date", "parsely-pub-date", "sailthru.date",
            "DC.date.issued", "dcterms.issued", "DC.date", "dcterms.created", "dc.date.created",
            "citation_publication_date", "article.published", "date", "OriginalPublicationDate",
            "article:modified_time");

    private static final String MONTH =
            "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
                    + "|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    private static final Pattern MACHINE = Pattern.compile(
            "^\\s*(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:[T ]+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?"
                    + "\\s*(Z|[+-]\\d{2}:?\\d{2})?)?");
    private static final Pattern COMPACT = Pattern.compile("^\\s*(\\d{4})(\\d{2})(\\d{2})(?:\\D|$)");
    private static final Pattern EPOCH = Pattern.compile("^\\s*(\\d{10}|\\d{13})\\s*$");
    private static final Pattern YEAR_MONTH = Pattern.compile("^\\s*(\\d{4})-(\\d{1,2})\\s*$");
    private static final Pattern TEXT_MDY = Pattern.compile(
            "(?i)\\b" + MONTH + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
    private static final Pattern TEXT_DMY = Pattern.compile(
            "(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + "\\.?,?\\s+(\\d{4})\\b");
    private static final Pattern TEXT_CJK = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]");
    private static final Pattern TEXT_NUMERIC = Pattern.compile("(?<![\\d.])(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?![\\d.])");
    private static final Pattern URL_DAY = Pattern.compile("/(20\\d{2}|19\\d{2})[/-]?(\\d{2})[/-]?(\\d{2})(?:/|[-_.]|$)");
    private static final Pattern URL_MONTH = Pattern.compile("/(20\\d{2}|19\\d{2})/(\\d{2})/");
    private static final Pattern RELATIVE_EN = Pattern.compile(
            "(?i)\\b(\\d{1,3}|an?|one)\\s*(s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?)\\s+ago\\b");
    private static final Pattern RELATIVE_ZH = Pattern.compile("(\\d{1,3})\\s*(秒|分钟|小时|天|周|星期)前");
    private static final Pattern YESTERDAY = Pattern.compile("(?i)\\byesterday\\b|昨天|昨日");
    private static final Pattern DAY_BEFORE = Pattern.compile("前天");
    private static final Pattern JUST_NOW = Pattern.compile("(?i)\\bjust now\\b|刚刚|\\btoday\\b|今天");
    private static final String DATE_HINTS = "[class~=(?i)date|time|byline|publish|posted|dateline|meta],"
            + "[id~=(?i)date|time|byline|publish],time";
    /** The first part of the page text holds the dateline; deeper text is more often a date mentioned in the story. */
    private static final int TEXT_WINDOW = 3000;
    private static final int SHORT = 80;
    /** Before the web's news sites: a date this old is a placeholder, not a publication date. */
    private static final int EARLIEST_YEAR = 1990;

    private PublicationDate() {
    }

    static Found find(Document doc, JsonLd ld, String url, Instant fetchedAt) {
        Instant limit = fetchedAt.plus(1, ChronoUnit.DAYS);
        Found f = machine(ld.first("datePublished"), "jsonld", limit);
        if (f == null) {
            f = machine(ld.first("dateCreated"), "jsonld", limit);
        }
        for (int i = 0; f == null && i < META_KEYS.size(); i++) {
            f = machine(Metadata.meta(doc, META_KEYS.get(i)), "meta", limit);
        }
        if (f == null) {
            for (Element e : doc.select("[itemprop=datePublished]")) {
                String v = e.hasAttr("datetime") ? e.attr("datetime") : e.hasAttr("content") ? e.attr("content") : e.text();
                f = machine(v, "meta", limit);
                if (f != null) {
                    break;
                }
            }
        }
        if (f == null) {
            for (Element e : doc.select("article time[datetime], header time[datetime], main time[datetime],"
                    + " time[pubdate][datetime], [role=main] time[datetime]")) {
                f = machine(e.attr("datetime"), "time", limit);
                if (f != null) {
                    break;
                }
            }
        }
        if (f == null) {
            f = dateline(doc, limit);
        }
        if (f == null && url != null) {
            f = fromUrl(url, limit);
        }
        if (f == null) {
            f = relative(doc, fetchedAt);
        }
        if (f == null) {
            // Last resort, least reliable: the first full date near the top of the page; in a story's body a date
            // is more often an event ("released on April 29, 2025") than the dateline, so this comes after the
            // relative byline.
            Element body = doc.body();
            if (body != null) {
                String text = body.text();
                f = inText(text.substring(0, Math.min(TEXT_WINDOW, text.length())), limit);
            }
        }
        return f == null ? Found.NONE : f;
    }

    /** A machine-readable date (ISO-8601, "2026/03/02 10:00", compact 20260302, epoch seconds), or a textual one. */
    static Found machine(String s, String source, Instant limit) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            Matcher m = MACHINE.matcher(s);
            if (m.find()) {
                LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                if (m.group(4) == null) {
                    return accept(d, d.toString(), "day", source, limit);
                }
                LocalDateTime t = d.atTime(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                        m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
                if (m.group(7) == null) {
                    return accept(d, t.toString(), "day", source, limit);
                }
                OffsetDateTime odt = t.atOffset(ZoneOffset.of(normalizeOffset(m.group(7))));
                return accept(d, odt.toString(), "day", source, odt.toInstant().isAfter(limit) ? Instant.MIN : limit);
            }
            m = COMPACT.matcher(s);
            if (m.find()) {
                LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                return accept(d, d.toString(), "day", source, limit);
            }
            m = EPOCH.matcher(s);
            if (m.find()) {
                long v = Long.parseLong(m.group(1));
                Instant i = m.group(1).length() == 13 ? Instant.ofEpochMilli(v) : Instant.ofEpochSecond(v);
                return accept(LocalDate.ofInstant(i, ZoneOffset.UTC), i.toString(), "day", source, limit);
            }
            m = YEAR_MONTH.matcher(s);
            if (m.find()) {
                LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1);
                return accept(d, d.toString().substring(0, 7), "month", source, limit);
            }
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
        Found f = inText(s, limit);
        return f == null ? null : new Found(f.iso(), f.precision(), source);
    }

    /** The first full date written in prose ("MONDAY, MARCH 2, 2026", "2 March 2026", "2026年3月2日", "2026-03-02"). */
    static Found inText(String text, Instant limit) {
        int best = Integer.MAX_VALUE;
        Found found = null;
        for (Pattern p : List.of(TEXT_MDY, TEXT_DMY, TEXT_CJK, TEXT_NUMERIC)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                if (m.start() >= best) {
                    break;
                }
                LocalDate d = textDate(p, m);
                Found f = d == null ? null : accept(d, d.toString(), "day", "text", limit);
                if (f != null) {
                    best = m.start();
                    found = f;
                    break;
                }
            }
        }
        return found;
    }

    private static LocalDate textDate(Pattern p, Matcher m) {
        try {
            if (p == TEXT_MDY) {
                return LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
            }
            if (p == TEXT_DMY) {
                return LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
            }
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static Found dateline(Document doc, Instant limit) {
        for (Element e : doc.select(DATE_HINTS)) {
            String t = e.text();
            if (t.length() <= 200) {
                Found f = inText(t, limit);
                if (f != null) {
                    return f;
                }
            }
        }
        Element body = doc.body();
        if (body == null) {
            return null;
        }
        // A date right after "Published" / "Posted" / 发布 is a dateline wherever it stands (often below the story).
        Matcher cue = PUBLISHED_CUE.matcher(body.text());
        while (cue.find()) {
            String after = body.text().substring(cue.end(), Math.min(body.text().length(), cue.end() + 60));
            Found f = inText(after, limit);
            if (f != null && after.indexOf(f.iso().substring(0, 4)) < 30) {
                return f;
            }
        }
        return null;
    }

    private static final Pattern PUBLISHED_CUE = Pattern.compile(
            "(?i)\\b(?:first published|published|posted|updated)\\b(?:\\s+on)?[:\\s]*|发布(?:于|时间)?[:：\\s]*");

    static Found fromUrl(String url, Instant limit) {
        String path = url.replaceFirst("^[a-zA-Z]+://[^/]+", "").replaceFirst("[?#].*$", "");
        try {
            Matcher m = URL_DAY.matcher(path);
            if (m.find()) {
                LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                return accept(d, d.toString(), "day", "url", limit);
            }
            m = URL_MONTH.matcher(path);
            if (m.find()) {
                LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1);
                return accept(d, d.toString().substring(0, 7), "month", "url", limit);
            }
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
        return null;
    }

    /** "2d ago", "17h ago", "yesterday", "3天前", "昨天" in a short byline-like element, as a UTC day before the fetch. */
    static Found relative(Document doc, Instant fetchedAt) {
        for (Element e : doc.select(DATE_HINTS)) {
            Found f = relativeIn(e.text(), fetchedAt);
            if (f != null) {
                return f;
            }
        }
        for (Element e : doc.getAllElements()) {
            String own = e.ownText();
            if (!own.isEmpty() && own.length() <= SHORT) {
                Found f = relativeIn(own, fetchedAt);
                if (f != null) {
                    return f;
                }
            }
        }
        return null;
    }

    static Found relativeIn(String text, Instant fetchedAt) {
        if (text.length() > SHORT * 2) {
            return null;
        }
        Matcher m = RELATIVE_EN.matcher(text);
        Instant at = null;
        if (m.find()) {
            String n = m.group(1).toLowerCase(Locale.ROOT);
            long amount = n.startsWith("a") || n.equals("one") ? 1 : Long.parseLong(n);
            at = minus(fetchedAt, amount, unit(m.group(2).toLowerCase(Locale.ROOT)));
        } else if ((m = RELATIVE_ZH.matcher(text)).find()) {
            ChronoUnit u = switch (m.group(2)) {
                case "秒" -> ChronoUnit.SECONDS;
                case "分钟" -> ChronoUnit.MINUTES;
                case "小时" -> ChronoUnit.HOURS;
                case "天" -> ChronoUnit.DAYS;
                default -> ChronoUnit.WEEKS;
            };
            at = minus(fetchedAt, Long.parseLong(m.group(1)), u);
        } else if (DAY_BEFORE.matcher(text).find()) {
            at = fetchedAt.minus(2, ChronoUnit.DAYS);
        } else if (YESTERDAY.matcher(text).find()) {
            at = fetchedAt.minus(1, ChronoUnit.DAYS);
        } else if (JUST_NOW.matcher(text).find() && text.length() <= 30) {
            at = fetchedAt;
        }
        if (at == null) {
            return null;
        }
        return new Found(LocalDate.ofInstant(at, ZoneOffset.UTC).toString(), "day", "relative");
    }

    private static ChronoUnit unit(String u) {
        return switch (u.charAt(0)) {
            case 's' -> ChronoUnit.SECONDS;
            case 'm' -> ChronoUnit.MINUTES;
            case 'h' -> ChronoUnit.HOURS;
            case 'd' -> ChronoUnit.DAYS;
            default -> ChronoUnit.WEEKS;
        };
    }

    /** Instant does not support weeks; seven days are a week here. */
    private static Instant minus(Instant i, long amount, ChronoUnit u) {
        return u == ChronoUnit.WEEKS ? i.minus(amount * 7, ChronoUnit.DAYS) : i.minus(amount, u);
    }

    /** Null for a date after the limit or before 1990 (placeholders such as 0001-01-01 are common in JSON-LD). */
    private static Found accept(LocalDate d, String iso, String precision, String source, Instant limit) {
        if (d.getYear() < EARLIEST_YEAR || d.atStartOfDay().toInstant(ZoneOffset.UTC).isAfter(limit)) {
            return null;
        }
        return new Found(iso, precision, source);
    }

    private static int month(String name) {
        String n = name.toLowerCase(Locale.ROOT).substring(0, 3);
        return List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec").indexOf(n) + 1;
    }

    private static String normalizeOffset(String o) {
        if (o.equals("Z")) {
            return "Z";
        }
        return o.length() == 5 ? o.substring(0, 3) + ":" + o.substring(3) : o;
    }
}
