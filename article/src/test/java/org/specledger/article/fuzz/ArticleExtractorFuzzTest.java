package org.specledger.article.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.specledger.article.Article;
import org.specledger.article.ArticleExtractor;

/**
 * Fuzzes the article extractor with arbitrary bytes, arbitrary strings and generated tag soup with dates in
 * every place a page puts them. It must never throw; the text it returns must come from the page (every word
 * of it is in the page's decoded text); and a publication date is never later than the fetch time.
 */
class ArticleExtractorFuzzTest {
    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor();

    private static final String[] TAGS = {"p", "div", "article", "main", "section", "span", "a href=/x", "b", "h1", "h2",
        "nav", "footer", "aside", "header", "ul", "li", "table", "tr", "td", "time", "br", "pre", "blockquote", "em",
        "div class=content", "div class=comments", "div class=share", "div class=byline", "div id=article-body"};
    private static final String[] WORDS = {"DeepSeek-V3", "has", "671B", "parameters", "trained", "on", "2,048", "H800",
        "GPUs", "the", "model", "据报道", "参数", "训练", "Published", "By", "Reporter", "March", "2026", "Share", "Related",
        "&amp;", "&nbsp;", "&lt;b&gt;", "&#x4e2d;", "Café", "—", "…", "«", "»", "\u200b", "\t", "\n", "  "};
    private static final String[] DATE_SLOTS = {
        "<meta property=\"article:published_time\" content=\"%s\">", "<meta name=\"date\" content=\"%s\">",
        "<time datetime=\"%s\">x</time>", "<p class=dateline>Published %s</p>",
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"%s\"}</script>",
        "<meta itemprop=datePublished content=\"%s\">", "<span class=date>%s</span>"};

    @Provide
    Arbitrary<String> tagSoup() {
        Arbitrary<String> open = Arbitraries.of(TAGS).map(t -> "<" + t + ">");
        Arbitrary<String> close = Arbitraries.of(TAGS).map(t -> "</" + t.split(" ")[0] + ">");
        Arbitrary<String> word = Arbitraries.of(WORDS);
        Arbitrary<String> sentence = word.list().ofMinSize(1).ofMaxSize(40).map(l -> String.join(" ", l));
        return Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(3, open), net.jqwik.api.Tuple.of(2, close), net.jqwik.api.Tuple.of(5, sentence))
                .list().ofMaxSize(80).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<String> dateText() {
        Arbitrary<String> iso = Combinators.combine(Arbitraries.integers().between(-5, 12_000),
                Arbitraries.integers().between(0, 14), Arbitraries.integers().between(0, 33))
                .as((y, m, d) -> String.format(Locale.ROOT, "%04d-%02d-%02d", y, m, d));
        Arbitrary<String> stamp = iso.map(s -> s + "T25:61:00+14:00");
        Arbitrary<String> words = Combinators.combine(Arbitraries.integers().between(0, 40),
                Arbitraries.of("January", "March", "Feb", "Sept.", "Smarch"), Arbitraries.integers().between(1900, 2200))
                .as((d, m, y) -> d + " " + m + " " + y);
        Arbitrary<String> zh = Combinators.combine(Arbitraries.integers().between(1900, 2200),
                Arbitraries.integers().between(0, 13), Arbitraries.integers().between(0, 32)).as((y, m, d) -> y + "年" + m + "月" + d + "日");
        Arbitrary<String> relative = Arbitraries.of("yesterday", "3 hours ago", "2 days ago", "tomorrow", "in 3 days",
                "昨天", "99999 days ago", "-5 days ago", "now");
        return Arbitraries.oneOf(iso, stamp, words, zh, relative, Arbitraries.strings().ofMaxLength(30));
    }

    @Provide
    Arbitrary<Instant> fetchedAt() {
        return Arbitraries.longs().between(Instant.parse("1995-01-01T00:00:00Z").getEpochSecond(),
                Instant.parse("2035-01-01T00:00:00Z").getEpochSecond()).map(Instant::ofEpochSecond);
    }

    @Provide
    Arbitrary<String> contentType() {
        return Arbitraries.of("text/html", "text/html; charset=utf-8", "text/html; charset=gbk", "text/html; charset=big5",
                "text/html; charset=klingon", "text/html; charset=", "application/xhtml+xml", "utf-16", "", "gb18030");
    }

    @Property(tries = 500)
    void arbitraryBytesNeverThrow(@ForAll byte[] body, @ForAll("contentType") String contentType,
                                  @ForAll("fetchedAt") Instant fetchedAt) {
        Article a = EXTRACTOR.extract("https://fuzz.test/a", body, contentType, fetchedAt);
        assertSane(a, fetchedAt);
    }

    @Property(tries = 500)
    void arbitraryStringsNeverThrowAndKeepOnlyThePagesWords(@ForAll String html, @ForAll("fetchedAt") Instant fetchedAt) {
        Article a = EXTRACTOR.extract("https://fuzz.test/b", html, fetchedAt);
        assertSane(a, fetchedAt);
        assertWordsComeFromThePage(a, html);
    }

    @Property(tries = 500)
    void tagSoupKeepsOnlyThePagesWordsAndNoFutureDate(@ForAll("tagSoup") String body, @ForAll("dateText") String date,
                                                       @ForAll("fetchedAt") Instant fetchedAt,
                                                       @ForAll("slot") String slot) {
        String html = "<html><head><title>Fuzz</title>" + String.format(Locale.ROOT, slot, date) + "</head><body>" + body
                + String.format(Locale.ROOT, slot, date) + "</body></html>";
        Article a = EXTRACTOR.extract("https://fuzz.test/2026/03/02/c", html, fetchedAt);
        assertSane(a, fetchedAt);
        assertWordsComeFromThePage(a, html);
    }

    /** Found by {@link #tagSoupKeepsOnlyThePagesWordsAndNoFutureDate}: words either side of an inline end tag. */
    @net.jqwik.api.Example
    void textAcrossAnInlineEndTagIsOneRenderedWord() {
        String html = "<span><p><p><p><p><p><p><p><p><p></p>DeepSeek-V3</span>DeepSeek-V3";
        Article a = EXTRACTOR.extract("https://fuzz.test/2026/03/02/c", "<html><body>" + html + "</body></html>",
                java.time.Instant.parse("1995-01-01T00:00:00Z"));
        assertWordsComeFromThePage(a, html);
    }

    /** Found by {@link #tagSoupKeepsOnlyThePagesWordsAndNoFutureDate}: a dropped boilerplate block glued its neighbours. */
    @net.jqwik.api.Example
    void aDroppedBoilerplateBlockDoesNotGlueTheWordsAroundIt() {
        String p = "The lab said its new model has 671B total parameters with 37B activated per token and a long window. ";
        Article a = EXTRACTOR.extract("https://fuzz.test/d", "<html><body><div>" + p + "alpha<div class=comments>x</div>omega "
                + p + "</div></body></html>", Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(a.text()).contains("alpha").contains("omega").doesNotContain("alphaomega");
    }

    @Provide
    Arbitrary<String> slot() {
        return Arbitraries.of(DATE_SLOTS);
    }

    @Property(tries = 10_000)
    @Tag("long")
    void longTagSoup(@ForAll("tagSoup") String body, @ForAll("dateText") String date, @ForAll("fetchedAt") Instant fetchedAt,
                     @ForAll("slot") String slot) {
        tagSoupKeepsOnlyThePagesWordsAndNoFutureDate(body, date, fetchedAt, slot);
    }

    @Property(tries = 10_000)
    @Tag("long")
    void longBytes(@ForAll byte[] body, @ForAll("contentType") String contentType, @ForAll("fetchedAt") Instant fetchedAt) {
        arbitraryBytesNeverThrow(body, contentType, fetchedAt);
    }

    private static void assertSane(Article a, Instant fetchedAt) {
        assertThat(a).isNotNull();
        assertThat(a.text()).isNotNull();
        assertThat(a.text()).doesNotStartWith(" ").doesNotEndWith(" ");
        if (a.publishedAt() != null) {
            LocalDate published = startOf(a.publishedAt());
            LocalDate fetched = fetchedAt.atOffset(ZoneOffset.ofHours(14)).toLocalDate(); // the latest clock on Earth
            assertThat(published).as("published %s, fetched %s", a.publishedAt(), fetchedAt).isBeforeOrEqualTo(fetched);
            assertThat(a.publishedPrecision()).isIn("day", "month", "year");
        }
    }

    /** The first day of an ISO date, month or year ("2026-03-02", "2026-03", "2026", or a date-time). */
    private static LocalDate startOf(String iso) {
        String s = iso.length() >= 10 ? iso.substring(0, 10) : iso.length() == 7 ? iso + "-01" : iso + "-01-01";
        return LocalDate.parse(s);
    }

    /**
     * Every word of the extracted text is in the page's text (entities decoded), its raw markup, its title, or its
     * markup with the tags taken out: text on both sides of an inline tag renders as one word
     * ("DeepSeek-V3</span>DeepSeek-V3" reads "DeepSeek-V3DeepSeek-V3"), where Jsoup's text() may put a space.
     */
    private static void assertWordsComeFromThePage(Article a, String html) {
        String pageText = Jsoup.parse(html).text();
        String raw = Parser.unescapeEntities(html, false);
        String untagged = raw.replaceAll("<[^>]*>", "");
        for (String w : List.of(a.text().split("\\s+"))) {
            if (!w.isEmpty()) {
                assertThat(pageText.contains(w) || raw.contains(w) || html.contains(w) || untagged.contains(w))
                        .as("word «%s» of the text is not in the page", w).isTrue();
            }
        }
    }
}
