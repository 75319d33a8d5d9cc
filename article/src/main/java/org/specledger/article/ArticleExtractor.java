package org.specledger.article;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * From a fetched HTML page to its {@link Article}: metadata, publication date and main text. A pure
 * function of its arguments: no I/O, no clock (the fetch time is passed in), and it never throws on bad
 * input: garbage in gives an article with empty text and a warning. The caller caps the body size.
 *
 * <p>Jsoup's HTML parser keeps at most {@value #MAX_DEPTH} open elements (deeper tags are attached at that
 * depth), which bounds the tree; all our walks over it are iterative besides.
 */
public final class ArticleExtractor {

    /** Jsoup's own default open-element depth (Parser#setMaxDepth), stated here so it is visible and fixed. */
    public static final int MAX_DEPTH = 512;

    /**
     * Extracts an article from decoded HTML.
     *
     * @param url       the address the page was fetched from; relative links resolve against it
     * @param html      the page; null is treated as empty
     * @param fetchedAt when the page was fetched: relative dates resolve against it, later dates are refused
     */
    public Article extract(String url, String html, Instant fetchedAt) {
        String u = url == null ? "" : url;
        Instant at = fetchedAt == null ? Instant.EPOCH : fetchedAt;
        List<String> warnings = new ArrayList<>();
        try {
            return extractOrThrow(u, html == null ? "" : html, at, warnings);
        } catch (RuntimeException | StackOverflowError e) {
            // A bug of ours on a hostile page must cost that page only; the crawl log keeps the cause.
            warnings.add("extraction failed: " + e);
            return new Article(u, null, null, null, Metadata.host(u), null, null, "none", 0, null, null, null, null, "", warnings);
        }
    }

    /**
     * Extracts an article from page bytes, decoding them first: byte-order mark, then the charset in
     * {@code contentType}, then {@code <meta charset>} or http-equiv, then a guess (strict UTF-8, then ICU's charset detector,
     * GB18030 or Big5 by their common characters).
     *
     * @param contentType the Content-Type header ("text/html; charset=gbk") or a charset name, may be null
     */
    public Article extract(String url, byte[] body, String contentType, Instant fetchedAt) {
        return extract(url, PageDecoder.decode(body, contentType), fetchedAt);
    }

    /**
     * Extracts a report from plain text or Markdown (a .txt or .md file, or text pasted from a page): headline,
     * dateline, byline, publisher and original publication, with the page chrome left out of the text.
     *
     * @param contentType the Content-Type or a charset name, may be null; the bytes are decoded as pages are
     */
    public Article extractPlainText(String url, byte[] body, String contentType, Instant fetchedAt) {
        String u = url == null ? "" : url;
        try {
            return PlainText.extract(u, PageDecoder.decode(body, contentType), fetchedAt);
        } catch (RuntimeException | StackOverflowError e) {
            return new Article(u, null, null, null, Metadata.host(u), null, null, "none", 0, null, null, null, null, "",
                    List.of("extraction failed: " + e));
        }
    }

    /** The only elements a text dump's body holds: preformatted text, line breaks, and inert wrappers. */
    private static final java.util.Set<String> DUMP_TAGS = java.util.Set.of("body", "pre", "br", "code", "script", "style",
            "noscript", "template");

    /**
     * The body's text with its line breaks when the body is a text dump: nothing but text, {@code <pre>} and
     * {@code <br>}, at least a few hundred characters on several lines. Null for a page with any other markup.
     */
    static String textDump(Document doc) {
        org.jsoup.nodes.Element body = doc.body();
        if (body == null || body.getAllElements().stream().anyMatch(e -> !DUMP_TAGS.contains(e.normalName()))) {
            return null;
        }
        org.jsoup.nodes.Element copy = body.clone();
        copy.select("script, style, noscript, template").remove();
        for (org.jsoup.nodes.Element br : copy.select("br")) {
            br.replaceWith(new org.jsoup.nodes.TextNode("\n"));
        }
        for (org.jsoup.nodes.Element block : copy.select("pre")) {
            block.appendText("\n");
        }
        String text = copy.wholeText();
        long lines = text.lines().filter(l -> !l.isBlank()).count();
        return text.strip().length() >= 300 && lines >= 4 ? text : null;
    }

    private static Article extractOrThrow(String url, String html, Instant fetchedAt, List<String> warnings) {
        Parser parser = Parser.htmlParser().setMaxDepth(MAX_DEPTH);
        Document doc = parser.parseInput(html, url);
        JsonLd ld = JsonLd.of(doc);
        String canonical = Metadata.canonical(doc, url);
        // The canonical link's host names the site better than a file: URL of an imported page.
        String publisher = Metadata.publisher(doc, ld, canonical != null ? canonical : url);
        String title = Metadata.title(doc, ld, publisher);
        String byline = Metadata.byline(doc, ld);
        PublicationDate.Found date = PublicationDate.find(doc, ld, url, fetchedAt);
        String dump = textDump(doc);
        if (dump != null) {
            // A page whose body is a text dump (a <pre>, or lines split by <br>) is read as pasted text, with the
            // head's metadata filling what the text does not say.
            Article t = PlainText.extract(url, dump, fetchedAt);
            return new Article(url, canonical, t.title() != null ? t.title() : title, t.byline() != null ? t.byline() : byline,
                    t.publisher() != null && !t.publisher().equals(Metadata.host(url)) ? t.publisher() : publisher,
                    t.publishedAt() != null ? t.publishedAt() : date.iso(), t.publishedAt() != null ? t.publishedPrecision() : date.precision(),
                    t.publishedAt() != null ? t.publishedSource() : date.source(),
                    t.publishedAt() != null ? t.publishedConfidence() : date.confidence(), date.modified(), date.evidence(), t.original(),
                    Metadata.language(doc, t.text()), t.text(), t.warnings());
        }
        String declaredLanguage = Metadata.language(doc, null);
        String ldBody = ld.article() == null ? null : JsonLd.text(ld.article().get("articleBody"));
        String text = MainText.extract(doc.body(), ldBody, title);
        String language = declaredLanguage != null ? declaredLanguage : Metadata.guessLanguage(text);
        if (text.isEmpty()) {
            warnings.add("no article text found");
        }
        if (date.iso() == null) {
            warnings.add("no publication date found");
        }
        if (language == null) {
            warnings.add("no language declared or guessed");
        }
        return new Article(url, canonical, title, byline, publisher, date.iso(), date.precision(), date.source(),
                date.confidence(), date.modified(), date.evidence(), null, language, text, warnings);
    }
}
