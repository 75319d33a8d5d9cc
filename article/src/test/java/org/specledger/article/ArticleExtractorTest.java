package org.specledger.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ArticleExtractorTest {

    private static final Instant FETCHED = Instant.parse("2026-03-05T12:00:00Z");
    private final ArticleExtractor extractor = new ArticleExtractor();

    private static String fixture(String name) throws IOException {
        try (InputStream in = ArticleExtractorTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void newsPageKeepsTheStoryAndDropsNavigationRelatedSignInCommentsAndFooter() throws IOException {
        Article a = extractor.extract("https://news.example.com/ai/kimi-k3?ref=home", fixture("news-page.html"), FETCHED);

        assertThat(a.text()).startsWith("Moonshot AI released Kimi K3 on Monday")
                .contains("twice that of its predecessor")
                .contains("\n\nPricing and availability\n\nAPI access costs 4 yuan")
                .endsWith("serving the model at scale.");
        assertThat(a.text()).doesNotContain("Home", "Sign in", "cookies", "Share", "Related stories",
                "DeepSeek V4", "Great article", "All rights reserved", "By Jane Doe");
        assertThat(a.text().split("\n\n")).hasSize(5);
        assertThat(a.title()).isEqualTo("Moonshot ships Kimi K3 with a 2M-token window");
        assertThat(a.publisher()).isEqualTo("Example Tech News");
        assertThat(a.byline()).isEqualTo("Jane Doe");
        assertThat(a.canonicalUrl()).isEqualTo("https://news.example.com/ai/2026/03/02/kimi-k3");
        assertThat(a.language()).isEqualTo("en-GB");
        assertThat(a.publishedAt()).isEqualTo("2026-03-02T08:30+08:00");
        assertThat(a.publishedSource()).isEqualTo("meta");
        assertThat(a.publishedPrecision()).isEqualTo("day");
        assertThat(a.warnings()).isEmpty();
    }

    @Test
    void jsonLdGivesHeadlineAuthorsPublisherAndDate() throws IOException {
        Article a = extractor.extract("https://some.example/glm5", fixture("jsonld-page.html"), FETCHED);

        assertThat(a.title()).isEqualTo("Zhipu announces GLM-5");
        assertThat(a.byline()).isEqualTo("Li Wei, Ann Smith");
        assertThat(a.publisher()).isEqualTo("Some Publisher");
        assertThat(a.publishedAt()).isEqualTo("2026-02-11T09:00Z");
        assertThat(a.publishedSource()).isEqualTo("jsonld");
        // The markup has more text than the JSON-LD articleBody, so the markup wins.
        assertThat(a.text()).contains("745 billion parameters").contains("open platform from next week");
    }

    @Test
    void jsonLdArticleBodyIsTheFallbackWhenTheMarkupHasNoText() {
        String html = "<html><head><script type='application/ld+json'>{\"@type\":\"BlogPosting\","
                + "\"articleBody\":\"First paragraph of the post.\\nSecond paragraph of the post.\"}</script>"
                + "</head><body><div id='app'></div></body></html>";
        Article a = extractor.extract("https://blog.example/p", html, FETCHED);

        assertThat(a.text()).isEqualTo("First paragraph of the post.\n\nSecond paragraph of the post.");
    }

    @Test
    void titleTagLosesItsSiteSuffixWhenNothingBetterExists() {
        Article a = extractor.extract("https://x.example/a",
                "<html><head><title>Huawei shows Ascend 950 roadmap | Chip Weekly</title></head><body><p>x</p></body></html>",
                FETCHED);

        assertThat(a.title()).isEqualTo("Huawei shows Ascend 950 roadmap");
        assertThat(a.publisher()).isEqualTo("x.example");
    }

    @Test
    void visibleDatelineIsUsedWhenThePageHasNoMachineDate() throws IOException {
        Article a = extractor.extract("https://x.example/chips", fixture("dateline-page.html"), FETCHED);

        assertThat(a.publishedAt()).isEqualTo("2026-02-11");
        assertThat(a.publishedSource()).isEqualTo("text");
        assertThat(a.text()).startsWith("New export rules").doesNotContain("Published FEB");
    }

    @Test
    void datelineFormsInEnglishAndChinese() {
        Instant limit = FETCHED.plusSeconds(86_400);
        assertThat(PublicationDate.inText("MONDAY, MARCH 2, 2026 — Beijing", limit).iso()).isEqualTo("2026-03-02");
        assertThat(PublicationDate.inText("Updated Mar 2, 2026 at 10:00", limit).iso()).isEqualTo("2026-03-02");
        assertThat(PublicationDate.inText("2 March 2026", limit).iso()).isEqualTo("2026-03-02");
        assertThat(PublicationDate.inText("发布时间：2026年3月2日 09:15", limit).iso()).isEqualTo("2026-03-02");
        assertThat(PublicationDate.inText("on 2026年9月2日 they will", limit)).isNull();
    }

    @Test
    void relativeBylineResolvesAgainstTheFetchTime() throws IOException {
        Article a = extractor.extract("https://x.example/ernie", fixture("relative-page.html"), FETCHED);

        assertThat(a.publishedAt()).isEqualTo("2026-03-03");
        assertThat(a.publishedSource()).isEqualTo("relative");
        assertThat(a.publishedPrecision()).isEqualTo("day");
        assertThat(a.byline()).isEqualTo("Sam Lee");
    }

    @Test
    void chineseAndHourRelativeBylines() {
        String zh = "<html><body><div class='info'><span class='time'>昨天 14:02</span></div>"
                + "<p>正文内容足够长，讲述了模型发布的细节和参数规模，以及公司对外公布的定价信息。</p></body></html>";
        assertThat(extractor.extract("https://x.example/zh", zh, FETCHED).publishedAt()).isEqualTo("2026-03-04");
        String hours = "<html><body><span class='timestamp'>17h ago</span><p>Body.</p></body></html>";
        assertThat(extractor.extract("https://x.example/h", hours, FETCHED).publishedAt()).isEqualTo("2026-03-04");
    }

    @Test
    void dateInTheUrlWhenThePageSaysNothing() {
        Article a = extractor.extract("https://x.example/2026/02/27/some-story/", "<html><body><p>Text.</p></body></html>", FETCHED);

        assertThat(a.publishedAt()).isEqualTo("2026-02-27");
        assertThat(a.publishedSource()).isEqualTo("url");
    }

    @Test
    void datesInScriptsAndFutureDatesAreNeverTaken() {
        String html = "<html><head>"
                + "<script>window.__DATA__ = {\"published\": \"2026-03-01\", \"next\": \"March 9, 2026\"};</script>"
                + "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"datePublished\":\"2026-04-01T00:00:00Z\"}</script>"
                + "<meta property='article:published_time' content='2027-01-01'>"
                + "<style>/* 2026-02-02 */</style></head>"
                + "<body><!-- 2026-02-03 --><p>Nothing dated here at all, just words about a model.</p></body></html>";
        Article a = extractor.extract("https://x.example/story", html, FETCHED);

        assertThat(a.publishedAt()).isNull();
        assertThat(a.publishedSource()).isEqualTo("none");
        assertThat(a.warnings()).contains("no publication date found");
    }

    @Test
    void aDateOneDayAheadIsToleratedForTimeZonesButTwoAreNot() {
        String tomorrow = "<html><head><meta property='article:published_time' content='2026-03-06T10:00:00Z'>"
                + "</head><body><p>x</p></body></html>";
        assertThat(extractor.extract("https://x.example/s", tomorrow, FETCHED).publishedAt()).isEqualTo("2026-03-06T10:00Z");
        String later = "<html><head><meta property='article:published_time' content='2026-03-06T13:00:00Z'>"
                + "</head><body><p>x</p></body></html>";
        assertThat(extractor.extract("https://x.example/s", later, FETCHED).publishedAt()).isNull();
    }

    @Test
    void gb18030PageWithoutAnyCharsetDeclarationIsDecoded() {
        String text = "智谱发布了新一代大模型，参数规模达到七千亿，上下文窗口为二十万个词元。公司表示该模型完全在国产芯片上训练。";
        byte[] bytes = ("<html><head><title>智谱发布新模型</title></head><body><div class='content'><p>" + text
                + "</p><p>" + text + "</p></div></body></html>").getBytes(Charset.forName("GB18030"));

        Article a = extractor.extract("https://zh.example/a", bytes, null, FETCHED);

        assertThat(a.title()).isEqualTo("智谱发布新模型");
        assertThat(a.text()).contains("七千亿").contains("国产芯片");
        assertThat(a.language()).isEqualTo("zh");
    }

    @Test
    void big5PageAndHeaderCharsetsDecode() {
        String text = "這是一篇關於人工智慧模型的報導，公司表示新模型的參數規模達到一千億，並將開放下載。";
        byte[] big5 = ("<html><body><p>" + text + "</p></body></html>").getBytes(Charset.forName("Big5"));
        assertThat(extractor.extract("https://tw.example/a", big5, null, FETCHED).text()).isEqualTo(text);

        byte[] gbk = ("<html><body><p>" + "模型发布" + "</p></body></html>").getBytes(Charset.forName("GBK"));
        assertThat(PageDecoder.decode(gbk, "text/html; charset=GB2312")).contains("模型发布");
        byte[] meta = ("<html><head><meta http-equiv='Content-Type' content='text/html; charset=gbk'></head><body>模型发布</body></html>")
                .getBytes(Charset.forName("GBK"));
        assertThat(PageDecoder.decode(meta, null)).contains("模型发布");
    }

    @Test
    void undeclaredCyrillicJapaneseAndShortChineseBytesAreGuessedByTheirScript() {
        // ICU's detector knows windows-1251 and Shift_JIS (the old guesser read both as windows-1252);
        // between GB18030 and Big5 our common-character count decides, as ICU takes a short GB18030 text for Big5.
        String ru = "Модель обучена на китайских ускорителях, сообщила компания в понедельник.";
        String ja = "新しいモデルは国産のチップで訓練されたと会社は発表した。";
        String zh = "智谱发布新模型";
        assertThat(PageDecoder.decode(("<p>" + ru + "</p>").getBytes(Charset.forName("windows-1251")), null)).contains(ru);
        assertThat(PageDecoder.decode(("<p>" + ja + "</p>").getBytes(Charset.forName("Shift_JIS")), null)).contains(ja);
        assertThat(PageDecoder.decode(zh.getBytes(Charset.forName("GB18030")), null)).isEqualTo(zh);
    }

    @Test
    void anHtmlPageWhoseBodyIsATextDumpIsReadAsPastedText() {
        String html = "<html><head><title>Saved page</title></head><body><pre>Skip to content\nShare\n"
                + "Kimi K2 thinking mode arrives with a longer context window for agents\nMONDAY, NOVEMBER 10, 2025\nBy Ana Costa\n\n"
                + "Moonshot AI said on Monday that Kimi K2 Thinking keeps the 1 trillion total parameters of Kimi K2, with 32 billion"
                + " active for each token, and adds a 256K context window for long agent runs.\n\n"
                + "The company said the model can call tools hundreds of times in a row without a person stepping in.\n\n"
                + "Related news\n1. A new open model tops a coding board 17h ago\n</pre></body></html>";

        Article a = extractor.extract("https://paste.example/k2", html, FETCHED);

        assertThat(a.title()).isEqualTo("Kimi K2 thinking mode arrives with a longer context window for agents");
        assertThat(a.publishedAt()).isEqualTo("2025-11-10");
        assertThat(a.byline()).isEqualTo("Ana Costa");
        assertThat(a.text()).contains("Moonshot AI said").doesNotContain("Skip to content", "Share", "17h ago", "MONDAY");
    }

    @Test
    void datesOfOtherLanguagesAndMarkupOutsideTheArticleAreFound() {
        Instant limit = FETCHED.plusSeconds(86_400);
        assertThat(PublicationDate.inText("Veröffentlicht am 29. Juni 2017, 23:39", limit).iso()).isEqualTo("2017-06-29");
        assertThat(PublicationDate.inText("publié le 30 septembre 2018", limit).iso()).isEqualTo("2018-09-30");
        assertThat(PublicationDate.inText("17 de marzo de 2020", limit).iso()).isEqualTo("2020-03-17");
        assertThat(PublicationDate.inText("Stand: 07.11.2023 18:00 Uhr", limit).iso()).isEqualTo("2023-11-07");
        assertThat(PublicationDate.inText("2023년 11월 2일", limit).iso()).isEqualTo("2023-11-02");
        String page = "<html lang=de><body><div class=teaser><a href=/other><span class=date>01.02.2024</span> Other story</a></div>"
                + "<h1>Die eigentliche Meldung des Tages</h1><p class=info><span title='2024-02-03T09:00:00+01:00'>Samstag</span></p>"
                + "<p>Text der Meldung, lang genug, um als Absatz zu gelten, mit einigen weiteren Worten darin.</p></body></html>";
        assertThat(extractor.extract("https://x.example/de", page, FETCHED).publishedAt()).startsWith("2024-02-03");
    }

    @Test
    void aUtcTimestampYieldsToTheLocalDayTheUrlStatesAndTheModifiedDateIsKeptApart() {
        String page = "<html><head><link rel=canonical href='https://news.example/2023/11/08/game-report/'>"
                + "<meta property='article:published_time' content='2023-11-09T01:09:55Z'>"
                + "<meta property='article:modified_time' content='2023-11-10T08:00:00Z'></head>"
                + "<body><p>The game report, a paragraph long enough to be text.</p></body></html>";

        Article a = extractor.extract(null, page, FETCHED);

        assertThat(a.publishedAt()).isEqualTo("2023-11-08");
        assertThat(a.modifiedAt()).isEqualTo("2023-11-10T08:00Z");
        // Navigation words are no relative dates.
        String nav = "<html><body><div class=date-nav>Yesterday's edition</div><p>Text of the story.</p></body></html>";
        assertThat(extractor.extract("https://x.example/n", nav, FETCHED).publishedAt()).isNull();
    }

    @Test
    void malformedHtmlStillYieldsItsText() {
        String html = "<html><body><div class=story><p>First paragraph of a broken page that never closes its tags"
                + "<p>Second paragraph, with a stray </span> and an <b>unclosed bold tag, still readable"
                + "<table><tr><td>cell</div></p></table><p>Third paragraph after the wreckage of the table, fine.";
        Article a = extractor.extract("https://x.example/broken", html, FETCHED);

        assertThat(a.text()).contains("First paragraph of a broken page").contains("Third paragraph after the wreckage");
    }

    @Test
    void hundredThousandNestedElementsDoNotOverflowTheStack() {
        int depth = 100_000;
        StringBuilder sb = new StringBuilder("<html><body>");
        sb.append("<div>".repeat(depth)).append("<p>Deep text that should survive the nesting, somehow, at depth.</p>");
        sb.append("</div>".repeat(depth)).append("</body></html>");

        Article a = extractor.extract("https://x.example/deep", sb.toString(), FETCHED);

        assertThat(a.text()).contains("Deep text that should survive");
        assertThat(a.warnings()).noneMatch(w -> w.startsWith("extraction failed"));
    }

    @Test
    void garbageGivesEmptyTextAndAWarningWithoutThrowing() {
        for (String junk : new String[] {"", "\u0000\u0001<<<>>>", "<html><body><nav><a href=/>Home</a></nav></body></html>", null}) {
            Article a = extractor.extract("not a url", junk, FETCHED);
            assertThat(a.text()).isEmpty();
            assertThat(a.warnings()).contains("no article text found");
        }
        assertThat(extractor.extract(null, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 0}, "text/html; charset=nonsense", null).text()).isEmpty();
    }
}
