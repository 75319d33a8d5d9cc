package org.specledger.article;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds when an article was first published, and when it was last modified, by gathering every piece of
 * evidence the page offers and weighing it, as htmldate does (adbar/htmldate: metadata first, then
 * markup, then text; the original date over the modified one):
 * <ol>
 *   <li>structured metadata: JSON-LD {@code datePublished}/{@code dateCreated}/{@code uploadDate}, Open Graph,
 *       Dublin Core, Parse.ly and Sailthru meta tags, {@code itemprop} anywhere in the page;</li>
 *   <li>markup: {@code <time datetime>} anywhere (in the article's header first), {@code <abbr title>} and
 *       machine timestamps in {@code title} or {@code data-*} attributes;</li>
 *   <li>the date in the URL path ({@code /2023/11/08/}), of the page or of its canonical link;</li>
 *   <li>text: a dateline in an element named for dates or bylines, or after "Published"/"Veröffentlicht am"/
 *       "Stand:"/"publié le"/发布时间, in any of the forms {@link DateText} reads;</li>
 *   <li>a relative date ("2d ago", "昨天"), only in a short byline or dateline element;</li>
 *   <li>last, the first full date near the top of the page.</li>
 * </ol>
 * Evidence that agrees with another, independent source counts for more. A timestamp keeps its own local
 * day; a UTC timestamp early in the UTC day yields to a source that names the day before (the publisher's
 * local day: "2023-11-09T01:09:55Z" on a page whose URL says {@code /2023/11/08/}). A date more than a day
 * after the fetch, or before 1990, is never taken. Scripts other than JSON-LD, styles and comments are never
 * read (Jsoup's {@code text()} skips them).
 */
final class PublicationDate {

    /**
     * The date as found.
     *
     * @param iso        the date or date-time as the page states it
     * @param precision  day, month or year
     * @param source     jsonld, meta, time, text, url, relative or none
     * @param confidence 0..1: how much the source is trusted, raised when another source agrees
     * @param modified   the last-modified date the page states, or null
     * @param evidence   other sources that name a different day ("url 2023-11-08; text 2023-11-07"), or null
     */
    record Found(String iso, String precision, String source, double confidence, String modified, String evidence) {
        static final Found NONE = new Found(null, null, "none", 0, null, null);

        Found(String iso, String precision, String source) {
            this(iso, precision, source, 0, null, null);
        }

        Found withModified(String m) {
            return new Found(iso, precision, source, confidence, m, evidence);
        }
    }

    /** One piece of evidence: a day, the text it came from, and how far it is trusted. */
    private record Evidence(LocalDate day, String iso, String precision, String source, double confidence, boolean utc, int hour) {
        Evidence(LocalDate day, String iso, String precision, String source, double confidence) {
            this(day, iso, precision, source, confidence, false, -1);
        }

        Evidence withConfidence(double c) {
            return new Evidence(day, iso, precision, source, c, utc, hour);
        }
    }

    /** Meta keys of the first publication, most specific first (Open Graph article, schema.org, Dublin Core, Parse.ly, Sailthru). */
    private static final List<String> META_KEYS = List.of(
            "article:published_time", "og:published_time", "og:article:published_time", "datePublished", "dateCreated",
            "uploadDate", "pubdate", "publishdate", "publish-date", "publish_date", "publication_date", "published_date",
            "parsely-pub-date", "sailthru.date", "DC.date.issued", "dcterms.issued", "DC.date.created", "dcterms.created",
            "citation_publication_date", "citation_date", "article.published", "OriginalPublicationDate", "sw-pubdate",
            "article.created", "rnews:datePublished", "dc.date.published");
    /**
     * Meta keys that name "a date" of the page without saying which: often the last edit. Trusted less than a
     * visible dateline (tagesschau.de's "date" is the last edit, its "Stand:" line the publication).
     */
    private static final List<String> GENERIC_META_KEYS = List.of("DC.date", "dcterms.date", "date", "created");
    /** Meta keys of the last modification: kept as {@code modified}, never taken for the publication date. */
    private static final List<String> MODIFIED_KEYS = List.of(
            "article:modified_time", "og:updated_time", "dateModified", "DC.date.modified", "dcterms.modified",
            "last-modified", "lastmod", "article.updated", "parsely-updated");

    private static final Pattern MACHINE = Pattern.compile(
            "^\\s*(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:[T ]+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?"
                    + "\\s*(Z|[+-]\\d{2}:?\\d{2})?)?");
    private static final Pattern COMPACT = Pattern.compile("^\\s*(\\d{4})(\\d{2})(\\d{2})(?:\\D|$)");
    private static final Pattern EPOCH = Pattern.compile("^\\s*(\\d{10}|\\d{13})\\s*$");
    private static final Pattern YEAR_MONTH = Pattern.compile("^\\s*(\\d{4})-(\\d{1,2})\\s*$");
    private static final Pattern ISO_ATTR = Pattern.compile("^\\s*\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}.*)?$");
    private static final Pattern URL_DAY = Pattern.compile("/(20\\d{2}|19\\d{2})[/-]?(\\d{2})[/-]?(\\d{2})(?:/|[-_.]|$)");
    private static final Pattern URL_MONTH = Pattern.compile("/(20\\d{2}|19\\d{2})/(\\d{2})/");
    /** "/meldungen/29-10-2021": a day-first date as a path segment (only when the day cannot be a month). */
    private static final Pattern URL_DAY_FIRST = Pattern.compile("/(\\d{2})[-.](\\d{2})[-.](20\\d{2}|19\\d{2})(?:/|[-_.]|$)");
    private static final Pattern RELATIVE_EN = Pattern.compile(
            "(?i)\\b(\\d{1,3}|an?|one)\\s*(s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?)\\s+ago\\b");
    private static final Pattern RELATIVE_ZH = Pattern.compile("(\\d{1,3})\\s*(秒|分钟|小时|天|周|星期)前");
    /** "Yesterday" as a dateline ("Yesterday 14:02", "yesterday at 9am"), not "Yesterday's edition". */
    private static final Pattern YESTERDAY = Pattern.compile("(?i)^\\W*(?:yesterday|昨天|昨日)(?![\\p{L}'’])");
    private static final Pattern DAY_BEFORE = Pattern.compile("^\\W*前天");
    private static final Pattern JUST_NOW = Pattern.compile("(?i)^\\W*(?:just now|刚刚|today|今天)\\W*(?:\\d{1,2}:\\d{2}\\s*(?:am|pm)?)?\\W*$");
    /** Elements whose class or id names a date, time, byline or dateline. */
    private static final String DATE_HINTS = "[class~=(?i)date|time|byline|publish|posted|dateline|meta|datum|fecha|data|created|stand],"
            + "[id~=(?i)date|time|byline|publish|datum],time";
    /** Ancestors whose dates belong to other stories or to readers: comments, related lists, teasers, sidebars. */
    private static final Pattern OTHER_CONTENT = Pattern.compile(
            "(?i)comment|respond|reply|related|recommend|sidebar|widget|footer|more-?stories|popular|trending"
                    + "|recirc|outbrain|taboola|newsletter|calendar|event|archive");
    private static final Pattern SITE_META_KEY = Pattern.compile("publish|uploaded$|created(_at)?$|[:.]pubdate$");
    /** Ancestors that are certainly not this story: comments and lists of other stories. */
    private static final Pattern OTHER_STORY = Pattern.compile("(?i)comment|respond|reply|related|recommend|more-?stories|outbrain|taboola");
    private static final Pattern PUBLISHED_CUE = Pattern.compile(
            "(?i)(?:\\b(?:first published|published|posted|released|created|date|publication date)\\b(?:\\s+on)?"
                    + "|\\bveröffentlicht(?:\\s+am)?|\\berschienen(?:\\s+am)?|\\bstand\\b|\\bdatum\\b|\\berstellt(?:\\s+am)?"
                    + "|\\bpublié(?:\\s+le)?|\\bmis en ligne(?:\\s+le)?|\\bpublicado(?:\\s+(?:el|em))?|\\bpubblicato(?:\\s+il)?"
                    + "|\\bgepubliceerd(?:\\s+op)?|发布(?:于|时间|日期)?|发表(?:于|时间)?|日期)[:：\\s-]*");
    private static final Pattern VERB_LAST_CUE = Pattern.compile("(?i)\\b(?:Uhr\\s+)?(?:veröffentlicht|erschienen|gepostet)\\b(?!\\s+am)");
    private static final Pattern LAST_EDIT_CUE = Pattern.compile(
            "(?i)\\b(?:last (?:edited|modified|updated)(?: on)?|updated(?: on)?|aktualisiert(?: am)?|zuletzt(?: am)?|geändert am|mis à jour le)[:\\s]*");
    private static final Pattern UPDATED_CUE = Pattern.compile(
            "(?i)\\b(?:updated|last updated|modified|aktualisiert|geändert|mis à jour|actualizado|aggiornato)\\b[^\\d]{0,12}$");
    /** The first part of the page text holds the dateline; deeper text is more often a date mentioned in the story. */
    private static final int TEXT_WINDOW = 3000;
    private static final int SHORT = 80;
    /** How much of a page's text, from its top and from its end, is scanned for dateline cues. */
    private static final int SCAN_HEAD = 20_000;
    private static final int SCAN_TAIL = 5_000;
    /** An element this short that is mostly a date is a dateline ("Freitag, 5. Juni 2015, 23:39 Uhr"). */
    private static final int DATE_ONLY_MAX = 48;
    /** How many elements, in document order, are looked at for a date-only dateline. */
    private static final int DATE_ONLY_ELEMENTS = 10_000;
    /** Before the web's news sites: a date this old is a placeholder, not a publication date. */
    private static final int EARLIEST_YEAR = 1990;
    /** How much agreement between two independent sources adds to the confidence of each. */
    private static final double AGREEMENT = 0.15;

    private PublicationDate() {
    }

    static Found find(Document doc, JsonLd ld, String url, Instant fetchedAt) {
        Instant limit = fetchedAt.plus(1, ChronoUnit.DAYS);
        boolean monthFirst = monthFirst(doc);
        List<Evidence> all = new ArrayList<>();
        java.util.Map<String, String> metas = metaTable(doc);
        structured(doc, metas, ld, limit, all);
        markup(doc, limit, all);
        urls(doc, metas, url, limit, all);
        // The body's text, built once: on a large page each build costs a good part of a second.
        String bodyText = doc.body() == null ? "" : doc.body().text();
        datelines(doc, bodyText, limit, monthFirst, all);
        if (all.stream().noneMatch(e -> e.precision().equals("day"))) {
            Evidence r = relative(doc, fetchedAt);
            if (r != null) {
                all.add(r);
            }
        }
        if (all.stream().noneMatch(e -> e.precision().equals("day"))) {
            // Last resort, least reliable: the first full date near the top of the page; in a story's body a date
            // is more often an event ("released on April 29, 2025") than the dateline.
            Evidence t = inTextEvidence(bodyText.substring(0, Math.min(TEXT_WINDOW, bodyText.length())), limit, monthFirst, "text", 0.3);
            if (t != null) {
                all.add(t);
            }
        }
        if (all.stream().noneMatch(e -> e.precision().equals("day"))) {
            // The lead image's upload path (".../2016/05/04/report.png") is the only date of some pages.
            String image = metas.get("og:image");
            Found f = image == null ? null : fromUrl(image, limit);
            if (f != null && f.precision().equals("day")) {
                all.add(new Evidence(LocalDate.parse(f.iso()), f.iso(), "day", "url", 0.15));
            }
        }
        String modified = modified(doc, metas, ld, limit);
        if (all.stream().noneMatch(e -> e.precision().equals("day"))) {
            // "Last edited 2019-11-10", "Aktualisiert: 30.12.2016", "zuletzt am 29. Januar 2020 geändert": the only date
            // the page gives, trusted as little as a modified meta.
            String text = scanWindow(bodyText);
            Matcher cue = LAST_EDIT_CUE.matcher(text);
            if (cue.find()) {
                Evidence f = inTextEvidence(text.substring(cue.end(), Math.min(text.length(), cue.end() + 40)), limit, monthFirst, "text", 0.2);
                if (f != null) {
                    all.add(f);
                }
            }
        }
        if (all.stream().noneMatch(e -> e.precision().equals("day")) && modified != null) {
            // The last edit is the only date the page states: better than none, and trusted as little as that.
            Evidence m = machineEvidence(modified, "meta", 0.2, limit);
            if (m != null) {
                all.add(m);
            }
        }
        Found f = weigh(all);
        return f == null ? (modified == null ? Found.NONE : Found.NONE.withModified(modified)) : f.withModified(modified);
    }

    /** The best-supported evidence, its day moved to the publisher's local day when a UTC timestamp says otherwise. */
    private static Found weigh(List<Evidence> all) {
        if (all.isEmpty()) {
            return null;
        }
        Evidence best = null;
        double bestScore = -1;
        List<Evidence> scored = new ArrayList<>();
        for (Evidence e : all) {
            double score = e.confidence();
            for (Evidence o : all) {
                if (o != e && !o.source().equals(e.source()) && o.precision().equals("day") && o.day().equals(e.day())) {
                    score += AGREEMENT;
                    break;
                }
            }
            if (!e.precision().equals("day")) {
                score -= 0.3;
            }
            Evidence s = e.withConfidence(Math.min(1, score));
            scored.add(s);
            if (score > bestScore) {
                best = s;
                bestScore = score;
            }
        }
        // A UTC timestamp in the first hours of the UTC day is the evening before in the Americas: if an
        // independent source names that day before, it is the day the page states.
        if (best.utc() && best.hour() >= 0 && best.hour() < 12) {
            LocalDate before = best.day().minusDays(1);
            for (Evidence o : scored) {
                if (!o.source().equals(best.source()) && o.precision().equals("day") && o.day().equals(before) && !o.utc()
                        && o.confidence() >= 0.6) {
                    best = new Evidence(before, before.toString(), "day", o.source(), Math.min(1, best.confidence()), false, -1);
                    break;
                }
            }
        }
        StringBuilder other = new StringBuilder();
        for (Evidence o : scored) {
            if (o.precision().equals("day") && !o.day().equals(best.day())
                    && other.indexOf(o.source() + " " + o.day()) < 0) {
                other.append(other.isEmpty() ? "" : "; ").append(o.source()).append(' ').append(o.day());
            }
        }
        return new Found(best.iso(), best.precision(), best.source(), round(best.confidence()), null,
                other.isEmpty() ? null : other.toString());
    }

    private static double round(double c) {
        return Math.round(c * 100) / 100.0;
    }

    private static void structured(Document doc, java.util.Map<String, String> metas, JsonLd ld, Instant limit, List<Evidence> out) {
        for (String key : List.of("datePublished", "dateCreated", "uploadDate")) {
            Evidence e = machineEvidence(ld.firstOfPage(key), "jsonld", 0.9, limit);
            if (e != null) {
                out.add(e);
                break;
            }
        }
        Evidence meta = null;
        for (int i = 0; meta == null && i < META_KEYS.size(); i++) {
            meta = machineEvidence(metas.get(META_KEYS.get(i).toLowerCase(Locale.ROOT)), "meta", 0.85, limit);
        }
        for (int i = 0; meta == null && i < GENERIC_META_KEYS.size(); i++) {
            meta = machineEvidence(metas.get(GENERIC_META_KEYS.get(i).toLowerCase(Locale.ROOT)), "meta", 0.55, limit);
        }
        if (meta == null) {
            // Site-specific keys that say what they hold ("five_hundred_pixels:uploaded", "custom:publish_date").
            for (Element m : doc.select("meta[content]")) {
                String k = (m.attr("property") + m.attr("name")).toLowerCase(Locale.ROOT);
                if (SITE_META_KEY.matcher(k).find() && !k.contains("modif") && !k.contains("updat") && !k.contains("expir")) {
                    meta = machineEvidence(m.attr("content"), "meta", 0.7, limit);
                    if (meta != null) {
                        break;
                    }
                }
            }
        }
        if (meta != null) {
            out.add(meta);
        }
        for (Element e : doc.select("[itemprop~=^(?i)(datePublished|dateCreated|uploadDate)$]")) {
            if (e.normalName().equals("meta") && !e.hasAttr("content")) {
                continue;
            }
            String v = e.hasAttr("datetime") ? e.attr("datetime") : e.hasAttr("content") ? e.attr("content") : e.text();
            Evidence f = machineEvidence(v, "meta", 0.85, limit);
            if (f != null && !otherStory(e)) {
                out.add(f);
                break;
            }
        }
    }

    private static String modified(Document doc, java.util.Map<String, String> metas, JsonLd ld, Instant limit) {
        Evidence e = machineEvidence(ld.firstOfPage("dateModified"), "jsonld", 0, limit);
        for (int i = 0; e == null && i < MODIFIED_KEYS.size(); i++) {
            e = machineEvidence(metas.get(MODIFIED_KEYS.get(i).toLowerCase(Locale.ROOT)), "meta", 0, limit);
        }
        if (e == null) {
            Element m = doc.selectFirst("[itemprop~=^(?i)dateModified$]");
            if (m != null) {
                e = machineEvidence(m.hasAttr("datetime") ? m.attr("datetime") : m.hasAttr("content") ? m.attr("content") : m.text(),
                        "meta", 0, limit);
            }
        }
        return e == null ? null : e.iso();
    }

    /** {@code <time datetime>}, {@code <abbr title>}, and machine timestamps in title and data-* attributes. */
    private static void markup(Document doc, Instant limit, List<Evidence> out) {
        Evidence inHeader = null;
        Evidence anywhere = null;
        Evidence attribute = null;
        for (Element e : doc.select("time[datetime], abbr[title], [title], [data-date], [data-date-time], [data-published],"
                + " [data-publish-date], [data-timestamp], [data-datetime], [data-time]")) {
            if (otherContent(e)) {
                continue;
            }
            if (e.normalName().equals("time") && e.hasAttr("datetime")) {
                Evidence f = machineEvidence(e.attr("datetime"), "time", 0.6, limit);
                if (f == null || modifiedContext(e)) {
                    continue;
                }
                if (inHeader == null && (e.hasAttr("pubdate") || names(e).matches("(?s).*(publish|entry-date|pubdate|created).*")
                        || e.closest("article, header, main, [role=main], [itemprop=articleBody]") != null)) {
                    inHeader = f.withConfidence(e.hasAttr("pubdate") || names(e).contains("publish") ? 0.8 : 0.7);
                }
                if (anywhere == null) {
                    anywhere = f;
                }
                continue;
            }
            if (attribute != null) {
                continue;
            }
            for (Attribute a : e.attributes()) {
                String k = a.getKey().toLowerCase(Locale.ROOT);
                boolean dated = k.equals("title") ? e.normalName().equals("abbr") || ISO_ATTR.matcher(a.getValue()).matches()
                        : k.startsWith("data-") && (k.contains("date") || k.contains("publish") || k.contains("time"));
                if (dated) {
                    Evidence f = k.equals("title") && !ISO_ATTR.matcher(a.getValue()).matches()
                            ? inTextEvidence(a.getValue(), limit, false, "time", 0.6)
                            : machineEvidence(a.getValue(), "time", 0.6, limit);
                    if (f != null && f.precision().equals("day")) {
                        attribute = f;
                        break;
                    }
                }
            }
        }
        if (inHeader != null) {
            out.add(inHeader);
        } else if (anywhere != null) {
            out.add(anywhere);
        }
        if (attribute != null) {
            out.add(attribute);
        }
    }

    /** The day in the URL path of the page, and of its canonical and Open Graph links (in the markup even without the URL). */
    private static void urls(Document doc, java.util.Map<String, String> metas, String url, Instant limit, List<Evidence> out) {
        List<String> candidates = new ArrayList<>();
        if (url != null && !url.isBlank()) {
            candidates.add(url);
        }
        Element canonical = doc.selectFirst("link[rel~=(?i)^canonical$][href]");
        if (canonical != null) {
            candidates.add(canonical.attr("href"));
        }
        String og = metas.getOrDefault("og:url", metas.get("twitter:url"));
        if (og != null) {
            candidates.add(og);
        }
        Element tw = doc.selectFirst("meta[name=twitter:url][value]");
        if (tw != null) {
            candidates.add(tw.attr("value"));
        }
        for (String u : candidates) {
            Found f = fromUrl(unarchived(u), limit);
            // A month alone ("/2018/08/") is not a publication day; it is no evidence for one either.
            if (f != null && f.precision().equals("day")) {
                LocalDate d = LocalDate.parse(f.precision().equals("day") ? f.iso() : f.iso() + "-01");
                out.add(new Evidence(d, f.iso(), f.precision(), "url", f.precision().equals("day") ? 0.65 : 0.2));
                return;
            }
        }
    }

    /** An archived page's own URL: web.archive.org/web/20140109030403/http://site/2013/12/09/… → http://site/2013/12/09/…. */
    private static String unarchived(String u) {
        return u.replaceFirst("^(?:https?:)?//web\\.archive\\.org/web/\\d+[a-z_]*/", "");
    }

    /** A dateline in an element named for dates or bylines, or after a "Published"/"Veröffentlicht am" cue. */
    private static void datelines(Document doc, String bodyText, Instant limit, boolean monthFirst, List<Evidence> out) {
        for (Element e : doc.select(DATE_HINTS)) {
            String t = e.text();
            if (t.length() <= 300 && !t.isBlank() && !otherContent(e) && !modifiedContext(e) && !siteChrome(e)) {
                Evidence f = inTextEvidence(t, limit, monthFirst, "text", 0.6);
                if (f != null) {
                    // "Updated 13 June 2019" is the last edit: evidence only when nothing else dates the page.
                    out.add(updatedBefore(t, f) ? f.withConfidence(0.25) : f);
                    break;
                }
            }
        }
        Element body = doc.body();
        if (body == null) {
            return;
        }
        String text = scanWindow(bodyText);
        // The dateline stands by the headline, above or below it.
        Element h1 = null;
        for (Element h : doc.select("h1")) {
            if (h.selectFirst("a[href=/], [class~=(?i)logo]") == null && !h.className().toLowerCase(Locale.ROOT).contains("logo")) {
                h1 = h;
                break;
            }
        }
        String headline = h1 == null ? "" : h1.text();
        int at = headline.length() < 5 ? -1 : text.indexOf(headline);
        if (at >= 0) {
            String near = text.substring(Math.max(0, at - 150), Math.min(text.length(), at + headline.length() + 300));
            Evidence f = inTextEvidence(near, limit, monthFirst, "text", 0.5);
            if (f != null) {
                out.add(f);
            }
        }
        // An element that holds nothing but a date ("<p>January 18, 2020</p>", "<em>01.11.2023 11:35</em>") is a dateline;
        // a date inside a sentence or a photo caption is not.
        int seen = 0;
        for (Element e : body.getAllElements()) {
            if (++seen > DATE_ONLY_ELEMENTS) {
                break; // datelines stand near the top; the rest of a huge page is story or chrome
            }
            String own = e.ownText();
            if (own.isEmpty() || own.length() > DATE_ONLY_MAX || e.text().length() > DATE_ONLY_MAX) {
                continue;
            }
            String t = e.text();
            DateText.Match m = DateText.first(t, monthFirst, d -> acceptable(d, limit));
            if (m != null && (m.end() - m.start()) * 2 >= t.strip().length() && !otherContent(e) && !siteChrome(e)
                    && e.closest("a[href]") == null) {
                out.add(new Evidence(m.date(), m.date().toString(), "day", "text", 0.55));
                break;
            }
        }
        // A date right after "Published" / "Veröffentlicht am" / 发布 is a dateline wherever it stands (often below the story).
        // German puts the verb last: "Dieser Beitrag wurde am Samstag, 3. Dezember 2011 um 10:00 Uhr veröffentlicht".
        Matcher verbLast = VERB_LAST_CUE.matcher(text);
        while (verbLast.find()) {
            String before = text.substring(Math.max(0, verbLast.start() - 60), verbLast.start());
            Evidence f = inTextEvidence(before, limit, monthFirst, "text", 0.6);
            if (f != null) {
                out.add(f);
                return;
            }
        }
        Matcher cue = PUBLISHED_CUE.matcher(text);
        while (cue.find()) {
            String after = text.substring(cue.end(), Math.min(text.length(), cue.end() + 60));
            Evidence f = inTextEvidence(after, limit, monthFirst, "text", 0.6);
            if (f != null && after.indexOf(String.valueOf(f.day().getYear())) < 30) {
                out.add(f);
                return;
            }
        }
    }

    /**
     * The parts of a page's text where datelines and "Published"/"Last edited" lines stand: its top and its end.
     * Scanning the middle of a long page costs time (an 8 MB page) and finds dates the story mentions.
     */
    private static String scanWindow(String text) {
        return text.length() <= SCAN_HEAD + SCAN_TAIL ? text
                : text.substring(0, SCAN_HEAD) + " \n " + text.substring(text.length() - SCAN_TAIL);
    }

    /** Whether the date found in a dateline follows "Updated"/"Aktualisiert" (then it is the modified date). */
    private static boolean updatedBefore(String t, Evidence f) {
        String y = String.valueOf(f.day().getYear());
        int at = t.indexOf(y);
        return at > 0 && UPDATED_CUE.matcher(t.substring(0, Math.max(0, Math.min(t.length(), at - 12)))).find()
                && !PUBLISHED_CUE.matcher(t).find();
    }

    private static boolean modifiedContext(Element e) {
        String n = names(e) + " " + e.attr("itemprop").toLowerCase(Locale.ROOT);
        return n.contains("modified") || n.contains("updated") || n.contains("lastchanged") || n.contains("last-changed");
    }

    private static String names(Element e) {
        return (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
    }

    /** A date beside the site's logo or navigation (today's date in a masthead), outside any article. */
    private static boolean siteChrome(Element e) {
        Element p = e.parent();
        return p != null && e.closest("article") == null
                && p.selectFirst("nav, [class~=(?i)logo], form[role=search], input[type=search]") != null;
    }

    /**
     * The page's meta tags as {@link Metadata#meta} reads them (property, name or itemprop, lower-cased; the
     * first non-empty content), built in one walk: some forty keys are asked, and a walk per key costs seconds
     * on a large page.
     */
    private static java.util.Map<String, String> metaTable(Document doc) {
        java.util.Map<String, String> table = new java.util.HashMap<>();
        for (Element m : doc.select("meta[content]")) {
            String k = !m.attr("property").isEmpty() ? m.attr("property")
                    : !m.attr("name").isEmpty() ? m.attr("name") : m.attr("itemprop");
            String c = m.attr("content").trim();
            if (!c.isEmpty()) {
                table.putIfAbsent(k.toLowerCase(Locale.ROOT), c);
            }
        }
        return table;
    }

    /** Whether the element sits in a comment or a list of other stories (a weaker test than {@link #otherContent}). */
    private static boolean otherStory(Element e) {
        // The body's and html's classes describe the whole page ("no-sidebars", "page-related"), not a part of it.
        for (Element x = e; x != null && !x.normalName().equals("body") && !x.normalName().equals("html"); x = x.parent()) {
            String n = names(x);
            if (!n.isBlank() && OTHER_STORY.matcher(n).find()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the element sits in a comment, a related-stories list, a teaser, a sidebar or a footer. */
    private static boolean otherContent(Element e) {
        // The body's and html's classes describe the whole page ("no-sidebars", "page-related"), not a part of it.
        for (Element x = e; x != null && !x.normalName().equals("body") && !x.normalName().equals("html"); x = x.parent()) {
            String tag = x.normalName();
            if (tag.equals("aside") || tag.equals("footer") || tag.equals("nav")) {
                return true;
            }
            String n = names(x);
            if (!n.isBlank() && OTHER_CONTENT.matcher(n).find()) {
                return true;
            }
            // A teaser that links elsewhere is another story's card; a page's own lead may be called a teaser too.
            if (n.contains("teaser") && (x.selectFirst("a[href]") != null || x.closest("a[href]") != null)) {
                return true;
            }
        }
        return false;
    }

    /** Whether an ambiguous numeric date is month first: American English pages write 02/10/2020 for February 10. */
    private static boolean monthFirst(Document doc) {
        Element html = doc.selectFirst("html");
        String lang = html == null ? "" : html.attr("lang").toLowerCase(Locale.ROOT);
        return lang.equals("en") || lang.equals("en-us");
    }

    /** A machine-readable date (ISO-8601, "2026/03/02 10:00", compact 20260302, epoch seconds), or a textual one. */
    static Found machine(String s, String source, Instant limit) {
        Evidence e = machineEvidence(s, source, 0, limit);
        return e == null ? null : new Found(e.iso(), e.precision(), e.source());
    }

    private static Evidence machineEvidence(String s, String source, double confidence, Instant limit) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            Matcher m = MACHINE.matcher(s);
            if (m.find()) {
                LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                if (m.group(4) == null) {
                    return accept(d, d.toString(), "day", source, confidence, limit, false, -1);
                }
                int hour = Integer.parseInt(m.group(4));
                LocalDateTime t = d.atTime(hour, Integer.parseInt(m.group(5)), m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
                if (m.group(7) == null) {
                    return accept(d, t.toString(), "day", source, confidence, limit, false, -1);
                }
                ZoneOffset offset = ZoneOffset.of(normalizeOffset(m.group(7)));
                OffsetDateTime odt = t.atOffset(offset);
                return accept(d, odt.toString(), "day", source, confidence, odt.toInstant().isAfter(limit) ? Instant.MIN : limit,
                        offset.getTotalSeconds() == 0, hour);
            }
            m = COMPACT.matcher(s);
            if (m.find()) {
                LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                return accept(d, d.toString(), "day", source, confidence, limit, false, -1);
            }
            m = EPOCH.matcher(s);
            if (m.find()) {
                long v = Long.parseLong(m.group(1));
                Instant i = m.group(1).length() == 13 ? Instant.ofEpochMilli(v) : Instant.ofEpochSecond(v);
                return accept(LocalDate.ofInstant(i, ZoneOffset.UTC), i.toString(), "day", source, confidence, limit,
                        true, i.atOffset(ZoneOffset.UTC).getHour());
            }
            m = YEAR_MONTH.matcher(s);
            if (m.find()) {
                LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1);
                return accept(d, d.toString().substring(0, 7), "month", source, confidence, limit, false, -1);
            }
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
        return inTextEvidence(s, limit, false, source, confidence);
    }

    /** The first full date written in prose ("MONDAY, MARCH 2, 2026", "29. Juni 2017", "2026年3月2日", "07.11.2023"). */
    static Found inText(String text, Instant limit) {
        Evidence e = inTextEvidence(text, limit, false, "text", 0);
        return e == null ? null : new Found(e.iso(), e.precision(), e.source());
    }

    private static Evidence inTextEvidence(String text, Instant limit, boolean monthFirst, String source, double confidence) {
        DateText.Match m = DateText.first(text, monthFirst, d -> acceptable(d, limit));
        return m == null ? null : new Evidence(m.date(), m.date().toString(), "day", source, confidence);
    }

    static Found fromUrl(String url, Instant limit) {
        String path = url.replaceFirst("^[a-zA-Z]+://[^/]+", "").replaceFirst("[?#].*$", "");
        try {
            Matcher m = URL_DAY.matcher(path);
            if (m.find()) {
                LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                return acceptable(d, limit) ? new Found(d.toString(), "day", "url") : null;
            }
            m = URL_DAY_FIRST.matcher(path);
            if (m.find() && Integer.parseInt(m.group(1)) > 12) {
                LocalDate d = LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
                return acceptable(d, limit) ? new Found(d.toString(), "day", "url") : null;
            }
            m = URL_MONTH.matcher(path);
            if (m.find()) {
                LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1);
                return acceptable(d, limit) ? new Found(d.toString().substring(0, 7), "month", "url") : null;
            }
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
        return null;
    }

    /** "2d ago", "17h ago", "yesterday", "3天前", "昨天" in a short byline or dateline element, as a UTC day before the fetch. */
    private static Evidence relative(Document doc, Instant fetchedAt) {
        for (Element e : doc.select(DATE_HINTS)) {
            if (otherContent(e)) {
                continue;
            }
            Found f = relativeIn(e.text(), fetchedAt);
            if (f != null) {
                return new Evidence(LocalDate.parse(f.iso()), f.iso(), "day", "relative", 0.4);
            }
        }
        return null;
    }

    static Found relativeIn(String text, Instant fetchedAt) {
        if (text.length() > SHORT) {
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
        } else if (JUST_NOW.matcher(text).find()) {
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

    private static boolean acceptable(LocalDate d, Instant limit) {
        return d.getYear() >= EARLIEST_YEAR && !d.atStartOfDay().toInstant(ZoneOffset.UTC).isAfter(limit);
    }

    /** Null for a date after the limit or before 1990 (placeholders such as 0001-01-01 are common in JSON-LD). */
    private static Evidence accept(LocalDate d, String iso, String precision, String source, double confidence, Instant limit,
            boolean utc, int hour) {
        if (!acceptable(d, limit)) {
            return null;
        }
        return new Evidence(d, iso, precision, source, confidence, utc, hour);
    }

    private static String normalizeOffset(String o) {
        if (o.equals("Z")) {
            return "Z";
        }
        return o.length() == 5 ? o.substring(0, 3) + ":" + o.substring(3) : o;
    }
}
