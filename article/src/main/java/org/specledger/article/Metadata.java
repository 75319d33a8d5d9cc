package org.specledger.article;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Title, byline, publisher, language and canonical URL, each from the most reliable place the page offers. */
final class Metadata {

    /** " | Site", " - Site", " — Site", " :: Site" at the end of a {@code <title>}. */
    private static final Pattern TITLE_SUFFIX = Pattern.compile("\\s+(?:[|\\-–—·:»]|::)\\s+[^|\\-–—·:»]{1,60}$");
    private static final Pattern BY_PREFIX = Pattern.compile("(?i)^\\s*(by|von|par|por|作者[:：]?|文[/／]|记者)\\s*");

    /** What byline elements append after the names: "Published 11:34 PM EST Nov 19, 2019", a date, "Print". */
    private static final Pattern BYLINE_TAIL = Pattern.compile(
            "(?i)\\s*(\\||·|,)?\\s*(\\b(published|updated|posted|print)\\b|\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}\\b|\\d{4}[-/年]).*$");

    private Metadata() {
    }

    static String title(Document doc, JsonLd ld, String publisher) {
        String t = rawTitle(doc, ld);
        if (t != null && publisher != null && t.length() > publisher.length() + 13) {
            for (String sep : new String[] {" | ", " - ", " – ", " — ", " :: "}) {
                if (t.endsWith(sep + publisher)) {
                    return t.substring(0, t.length() - sep.length() - publisher.length()).trim();
                }
            }
        }
        return t;
    }

    private static String rawTitle(Document doc, JsonLd ld) {
        String og = meta(doc, "og:title", "twitter:title");
        if (og != null) {
            return og;
        }
        String headline = ld.first("headline");
        if (headline != null) {
            return headline;
        }
        Element h1 = doc.selectFirst("h1");
        if (h1 != null && !h1.text().isBlank()) {
            return h1.text().trim();
        }
        String t = doc.title().trim();
        if (t.isEmpty()) {
            return null;
        }
        String cut = TITLE_SUFFIX.matcher(t).replaceFirst("");
        return cut.length() >= 10 ? cut : t;
    }

    static String publisher(Document doc, JsonLd ld, String url) {
        String v = meta(doc, "og:site_name");
        if (v == null) {
            var a = ld.article();
            v = a == null ? null : JsonLd.text(a.get("publisher"));
        }
        if (v == null) {
            v = meta(doc, "application-name");
        }
        if (v == null) {
            v = copyrightHolder(doc);
        }
        return v != null ? v : host(url);
    }

    private static final java.util.regex.Pattern COPYRIGHT = java.util.regex.Pattern.compile(
            "(?:©|\\(c\\)|copyright\\s+(?=\\d{4}))\\s*(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?)?\\s*([^.·|,©\\n]{2,60})",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /** The holder named in a footer's copyright line ("© 2026 Open Weights Weekly. All rights reserved."). */
    static String copyrightHolder(Document doc) {
        Element footer = doc.selectFirst("footer, [class~=(?i)footer], [id~=(?i)footer]");
        String text = footer != null ? footer.text() : "";
        java.util.regex.Matcher m = COPYRIGHT.matcher(text);
        if (!m.find()) {
            return null;
        }
        String name = m.group(1).replaceAll("(?i)\\s*(all rights reserved|版权所有|保留所有权利).*$", "").strip();
        return name.length() >= 2 && !name.matches("(?i)(all rights reserved|the authors?)") ? name : null;
    }

    static String byline(Document doc, JsonLd ld) {
        String v = meta(doc, "author", "article:author", "parsely-author", "sailthru.author", "dc.creator");
        if (v != null && v.startsWith("http")) {
            v = null; // article:author is often a profile URL, not a name
        }
        if (v == null) {
            var a = ld.article();
            v = a == null ? null : JsonLd.text(a.get("author"));
        }
        if (v == null) {
            Element e = doc.selectFirst("[rel=author], [itemprop=author], .byline, .author, [class*=byline]");
            if (e != null) {
                String t = e.text().trim();
                v = t.isEmpty() || t.length() > 120 ? null : t;
            }
        }
        if (v == null) {
            return null;
        }
        v = BY_PREFIX.matcher(v).replaceFirst("");
        v = BYLINE_TAIL.matcher(v).replaceFirst("").trim();
        return v.isEmpty() ? null : v;
    }

    static String canonical(Document doc, String url) {
        Element link = doc.selectFirst("link[rel~=(?i)^canonical$][href]");
        String v = link == null ? null : link.attr("abs:href");
        if (v == null || v.isBlank()) {
            v = meta(doc, "og:url");
            if (v != null) {
                v = resolve(url, v);
            }
        }
        return v == null || v.isBlank() ? null : v;
    }

    static String language(Document doc, String bodyText) {
        Element html = doc.selectFirst("html");
        String v = html == null ? "" : html.attr("lang").trim();
        if (v.isEmpty() && html != null) {
            v = html.attr("xml:lang").trim();
        }
        if (v.isEmpty()) {
            String locale = meta(doc, "og:locale");
            v = locale == null ? "" : locale.replace('_', '-');
        }
        if (v.isEmpty()) {
            Element e = doc.selectFirst("meta[http-equiv~=(?i)content-language][content]");
            v = e == null ? "" : e.attr("content").split(",")[0].trim();
        }
        return v.isEmpty() ? guessLanguage(bodyText) : v;
    }

    /** Crude: a text that is at least a fifth Han characters is Chinese; otherwise we do not guess. */
    static String guessLanguage(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        int letters = 0;
        int han = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                letters++;
                if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                    han++;
                }
            }
        }
        return letters > 0 && han * 5 >= letters ? "zh" : null;
    }

    /** The content of the first {@code <meta>} whose property, name or itemprop is one of the keys. */
    static String meta(Document doc, String... keys) {
        for (String key : keys) {
            for (Element m : doc.select("meta[content]")) {
                String k = !m.attr("property").isEmpty() ? m.attr("property")
                        : !m.attr("name").isEmpty() ? m.attr("name") : m.attr("itemprop");
                if (k.equalsIgnoreCase(key)) {
                    String c = m.attr("content").trim();
                    if (!c.isEmpty()) {
                        return c;
                    }
                }
            }
        }
        return null;
    }

    static String host(String url) {
        try {
            String h = URI.create(url.trim()).getHost();
            return h == null ? null : h.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String resolve(String base, String href) {
        try {
            return URI.create(base.trim()).resolve(href.trim()).toString();
        } catch (RuntimeException e) {
            return href;
        }
    }
}
