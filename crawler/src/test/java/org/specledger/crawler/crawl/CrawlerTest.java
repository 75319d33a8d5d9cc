package org.specledger.crawler.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.specledger.claims.extract.ClaimExtractor;
import org.specledger.article.ArticleExtractor;
import org.specledger.ingest.Ingester;
import org.specledger.db.Database;
import org.specledger.db.FrontierEntry;

class CrawlerTest {
    @TempDir
    Path dir;
    Database db;
    Ingester ingester;
    FixtureSite site;
    final List<Crawler> crawlers = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        db = Database.open(dir);
        ingester = new Ingester(db, new ArticleExtractor(), ClaimExtractor.withDefaults());
        site = new FixtureSite();
    }

    @AfterEach
    void tearDown() {
        crawlers.forEach(Crawler::close);
        site.close();
    }

    /** Loopback allowed, no pauses, quick retries: behaviour, not politeness, is under test. */
    CrawlConfig config(Consumer<CrawlConfig.Builder> more) {
        return CrawlConfig.of(b -> {
            b.allowPrivateAddresses = true;
            b.loopbackDelay = Duration.ZERO;
            b.readTimeout = Duration.ofSeconds(5);
            b.retryBase = Duration.ofMillis(100);
            b.maxIdleWait = Duration.ofSeconds(30);
            more.accept(b);
        });
    }

    Crawler crawler(CrawlConfig cfg) {
        Crawler c = new Crawler(db, ingester, cfg);
        crawlers.add(c);
        return c;
    }

    FrontierEntry entry(String path) {
        return db.frontier().find(site.url(path)).orElseThrow(() -> new AssertionError("not in the frontier: " + path));
    }

    static String rss(String base, String... paths) {
        StringBuilder items = new StringBuilder();
        for (String p : paths) {
            items.append("<item><title>").append(p).append("</title><link>").append(base).append(p).append("</link></item>");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Fixture news</title>"
                + "<link>" + base + "/</link><description>test</description>" + items + "</channel></rss>";
    }

    static String sitemap(String base, String lastmod, String... paths) {
        StringBuilder urls = new StringBuilder();
        for (String p : paths) {
            urls.append("<url><loc>").append(base).append(p.replace("&", "&amp;")).append("</loc>")
                    .append(lastmod == null ? "" : "<lastmod>" + lastmod + "</lastmod>").append("</url>");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                + urls + "</urlset>";
    }

    @Test
    void crawlsTheFixtureSiteObeyingRobotsAndRecordingEveryFailureWithItsReason() throws Exception {
        String b = site.base();
        AtomicLong bigBytesSent = new AtomicLong();
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        Charset gb = Charset.forName("GB18030");
        site.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n")
                // No hint in these URLs: the content decides that they are a feed and a sitemap.
                .page("/latest", "application/xml", rss(b, "/news/a1", "/news/a2?utm_source=rss&utm_medium=feed", "/private/secret"))
                .page("/list", "text/xml", sitemap(b, null, "/news/a2?fbclid=abc", "/news/a3", "/redirect1", "/loop1",
                        "/binary", "/big", "/gb-meta", "/image"))
                .page("/news/a1", "text/html", FixtureSite.article("First", "The first article links on.")
                        .replace("</article>", "<a href=\"/news/a2?gclid=9#top\">more</a><a href=\"/private/hidden\">x</a></article>"))
                .page("/news/a2", "text/html", FixtureSite.article("Second", "The second article."))
                .page("/news/a3", "text/html", FixtureSite.article("Third", "The third article."))
                .route("/redirect1", (ex, n) -> redirect(ex, 302, "/redirect2"))
                .route("/redirect2", (ex, n) -> redirect(ex, 301, b + "/news/final"))
                .page("/news/final", "text/html", FixtureSite.article("Final", "Reached after two redirects."))
                .route("/loop1", (ex, n) -> redirect(ex, 302, "/loop2"))
                .route("/loop2", (ex, n) -> redirect(ex, 302, "/loop1"))
                .route("/binary", (ex, n) -> FixtureSite.send(ex, 200, "text/html", png))
                .route("/image", (ex, n) -> FixtureSite.send(ex, 200, "image/png", png))
                .route("/gb-meta", (ex, n) -> FixtureSite.send(ex, 200, "text/html",
                        ("<html><head><meta charset=\"gb18030\"><title>国产大模型</title></head><body><article><p>"
                                + "昇腾910B训练的模型参数量为千亿。</p></article></body></html>").getBytes(gb)))
                .route("/big", (ex, n) -> {
                    // 50 MB streamed in chunks; the crawler must hang up at its cap.
                    ex.getResponseHeaders().set("Content-Type", "text/html");
                    ex.sendResponseHeaders(200, 50L * 1024 * 1024);
                    byte[] chunk = "<p>filler text of a very long page</p>\n".repeat(1600).getBytes(StandardCharsets.UTF_8);
                    try (OutputStream out = ex.getResponseBody()) {
                        out.write("<html><body>".getBytes(StandardCharsets.UTF_8));
                        while (bigBytesSent.get() < 50L * 1024 * 1024 - chunk.length) {
                            out.write(chunk);
                            bigBytesSent.addAndGet(chunk.length);
                        }
                    }
                });
        Crawler c = crawler(config(x -> x.maxBytes = 1024 * 1024));
        c.addSource(b + "/latest", null, null, 2, null);
        c.addSource(b + "/list", null, null, 2, null);
        List<CrawlProgress> seen = new CopyOnWriteArrayList<>();

        CrawlSummary summary = c.run(Duration.ofSeconds(90), seen::add);

        assertThat(summary.stoppedEarly()).isFalse();
        assertThat(site.count("/private/secret") + site.count("/private/hidden")).as("disallowed paths requested").isZero();
        assertThat(entry("/private/secret").state()).isEqualTo("skipped");
        assertThat(entry("/private/secret").lastError()).isEqualTo("disallowed by robots.txt");
        assertThat(site.count("/news/a2")).as("one URL despite utm_*, fbclid, gclid and a fragment").isEqualTo(1);
        assertThat(db.documents().findLiveByUrl(b + "/news/a2")).as(entry("/news/a2").toString()).isPresent();
        assertThat(db.documents().findLiveByUrl(b + "/news/final")).get()
                .satisfies(d -> assertThat(d.text()).contains("Reached after two redirects."));
        assertThat(entry("/loop1").state()).isEqualTo("failed");
        assertThat(entry("/loop1").lastError()).contains("redirect loop");
        assertThat(entry("/binary").state()).isEqualTo("failed");
        assertThat(entry("/binary").lastError()).contains("binary").contains("PNG");
        assertThat(entry("/image").state()).isEqualTo("skipped");
        assertThat(entry("/image").lastError()).isEqualTo("content type image/png not accepted");
        assertThat(db.documents().findLiveByUrl(b + "/gb-meta")).get()
                .satisfies(d -> assertThat(d.text()).contains("昇腾910B训练的模型参数量为千亿"));
        assertThat(bigBytesSent.get()).as("the server was stopped well before 50 MB").isLessThan(20L * 1024 * 1024);
        assertThat(entry("/big").state()).as(entry("/big").lastError()).isEqualTo("fetched");
        assertThat(db.sources().recentLog(500)).anySatisfy(l -> {
            assertThat(l.url()).isEqualTo(b + "/big");
            assertThat(l.event()).isEqualTo("truncated");
        });
        assertThat(db.sources().findByUrl(b + "/latest")).get().extracting(s -> s.kind()).isEqualTo("feed");
        assertThat(db.sources().findByUrl(b + "/list")).get().extracting(s -> s.kind()).isEqualTo("sitemap");
        assertThat(site.count("/robots.txt")).isEqualTo(1);
        assertThat(seen).isNotEmpty();
        assertThat(seen.getLast().fetched()).isEqualTo(summary.fetched()).isPositive();
        assertThat(seen.getLast().currentHost()).isEqualTo("127.0.0.1");
        assertThat(site.hits).allSatisfy(h -> assertThat(h.path()).doesNotContain("utm_").doesNotContain("fbclid"));
    }

    static void redirect(com.sun.net.httpserver.HttpExchange ex, int status, String location) throws IOException {
        ex.getResponseHeaders().set("Location", location);
        ex.sendResponseHeaders(status, -1);
    }

    @Test
    void storesAGb18030PageThatDeclaresNoCharsetAnywhere() throws Exception {
        site.route("/gb", (ex, n) -> FixtureSite.send(ex, 200, "text/html",
                ("<html><head><title>国产大模型</title></head><body><article><p>昇腾910B训练的模型参数量为千亿，"
                        + "上下文长度为128K。</p></article></body></html>").getBytes(Charset.forName("GB18030"))));
        Crawler c = crawler(config(x -> { }));
        c.addSource(site.url("/gb"), "page", null, 0, null);
        c.run(Duration.ofSeconds(30), null);
        assertThat(db.documents().findLiveByUrl(site.url("/gb"))).get()
                .satisfies(d -> assertThat(d.text()).contains("昇腾910B训练的模型参数量为千亿"));
    }

    @Test
    void retriesA503AfterTheRetryAfterDelay() throws Exception {
        site.route("/busy", (ex, n) -> {
            if (n == 1) {
                ex.getResponseHeaders().set("Retry-After", "1");
                FixtureSite.send(ex, 503, "text/html", "<html><body>busy</body></html>");
            } else {
                FixtureSite.send(ex, 200, "text/html", FixtureSite.article("Busy", "Served on the second try."));
            }
        });
        Crawler c = crawler(config(x -> x.retryBase = Duration.ofSeconds(5)));
        c.addSource(site.url("/busy"), "page", null, 0, null);

        CrawlSummary summary = c.run(Duration.ofSeconds(30), null);

        List<Long> times = site.times("/busy");
        assertThat(times).hasSize(2);
        assertThat(Duration.ofNanos(times.get(1) - times.get(0))).isGreaterThanOrEqualTo(Duration.ofMillis(950));
        assertThat(entry("/busy").state()).isEqualTo("fetched");
        assertThat(entry("/busy").attempts()).isEqualTo(2);
        assertThat(summary.retried()).isEqualTo(1);
        assertThat(db.documents().findLiveByUrl(site.url("/busy"))).isPresent();
    }

    @Test
    void aPageSlowerThanTheTimeoutIsRetriedThenFailedWithTheReason() throws Exception {
        site.route("/slow", (ex, n) -> {
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                return;
            }
            FixtureSite.send(ex, 200, "text/html", FixtureSite.article("Slow", "Too late."));
        });
        Crawler c = crawler(config(x -> {
            x.readTimeout = Duration.ofMillis(300);
            x.maxAttempts = 2;
        }));
        c.addSource(site.url("/slow"), "page", null, 0, null);

        c.run(Duration.ofSeconds(30), null);

        assertThat(site.count("/slow")).isEqualTo(2);
        assertThat(entry("/slow").state()).isEqualTo("failed");
        assertThat(entry("/slow").lastError()).contains("timed out").contains("gave up after 2 attempts");
        assertThat(db.sources().findByUrl(site.url("/slow")).orElseThrow().lastError()).contains("timed out");
    }

    @Test
    void waitsTheHostDelayBetweenTwoRequestsToOneHost() throws Exception {
        StringBuilder index = new StringBuilder("<html><body>");
        for (int i = 1; i <= 5; i++) {
            index.append("<a href=\"/d/").append(i).append("\">").append(i).append("</a>");
            site.page("/d/" + i, "text/html", FixtureSite.article("D" + i, "Delay page " + i));
        }
        site.page("/d/", "text/html", index + "</body></html>");
        site.page("/robots.txt", "text/plain", "User-agent: *\nAllow: /\n");
        Crawler c = crawler(config(x -> x.loopbackDelay = Duration.ofMillis(300)));
        c.addSource(site.url("/d/"), "page", null, 1, null);

        c.run(Duration.ofSeconds(60), null);

        List<Long> times = site.times("/");
        assertThat(times).hasSize(7); // robots.txt, the index, five pages
        for (int i = 1; i < times.size(); i++) {
            assertThat(Duration.ofNanos(times.get(i) - times.get(i - 1))).as("gap before request %d", i)
                    .isGreaterThanOrEqualTo(Duration.ofMillis(290));
        }
    }

    @Test
    void aCrawlInterruptedInTheMiddleResumesAndFetchesEveryPageExactlyOnce() throws Exception {
        int pages = 30;
        StringBuilder index = new StringBuilder("<html><body>");
        for (int i = 1; i <= pages; i++) {
            index.append("<a href=\"/p/").append(i).append("\">").append(i).append("</a>");
            site.page("/p/" + i, "text/html", FixtureSite.article("P" + i, "Resumable page number " + i));
        }
        site.page("/", "text/html", index + "</body></html>");
        CrawlConfig cfg = config(x -> x.loopbackDelay = Duration.ofMillis(30));
        Crawler first = crawler(cfg);
        first.addSource(site.url("/"), "page", null, 1, "/p/");
        AtomicReference<CrawlSummary> firstSummary = new AtomicReference<>();
        Thread t = new Thread(() -> firstSummary.set(first.run(null, null)), "test-crawl");
        t.start();
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (site.hits.size() < 10 && System.nanoTime() < until) {
            Thread.sleep(5);
        }
        t.interrupt();
        t.join(20_000);
        assertThat(t.isAlive()).isFalse();
        assertThat(firstSummary.get().stoppedEarly()).isTrue();
        assertThat(db.frontier().counts().getOrDefault("queued", 0)).as("work left for the second run").isPositive();

        CrawlSummary second = crawler(cfg).run(Duration.ofSeconds(60), null);

        assertThat(second.stoppedEarly()).isFalse();
        for (int i = 1; i <= pages; i++) {
            assertThat(site.count("/p/" + i)).as("requests for /p/%d", i).isEqualTo(1);
            assertThat(db.documents().findLiveByUrl(site.url("/p/" + i))).as("stored /p/%d", i).isPresent();
        }
        assertThat(site.count("/")).isEqualTo(1);
        assertThat(db.documents().findLiveByUrl(site.url("/"))).as("the index page does not match the article pattern").isEmpty();
    }

    @Test
    void aHostGetsOneConnectionUnlessItIsOnThisMachineAndConfiguredForMore() throws Exception {
        int pages = 9;
        StringBuilder index = new StringBuilder("<html><body>");
        for (int i = 1; i <= pages; i++) {
            index.append("<a href=\"/c/").append(i).append("\">").append(i).append("</a>");
        }
        site.page("/c/", "text/html", index + "</body></html>");
        AtomicInteger now = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        for (int i = 1; i <= pages; i++) {
            site.route("/c/" + i, (ex, nth) -> {
                most.accumulateAndGet(now.incrementAndGet(), Math::max);
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                now.decrementAndGet();
                FixtureSite.send(ex, 200, "text/html", FixtureSite.article("C", "Concurrent page"));
            });
        }
        Crawler one = crawler(config(x -> { }));
        one.addSource(site.url("/c/"), "page", null, 1, null);
        one.run(Duration.ofSeconds(60), null);
        assertThat(most.get()).as("requests at once with the default").isEqualTo(1);

        most.set(0);
        db.frontier().requeue(site.url("/c/"), Instant.now());
        for (int i = 1; i <= pages; i++) {
            db.frontier().requeue(site.url("/c/" + i), Instant.now());
        }
        crawler(config(x -> x.loopbackConnections = 3)).run(Duration.ofSeconds(60), null);

        assertThat(most.get()).as("requests at once with loopbackConnections = 3").isBetween(2, 3);
        assertThat(site.count("/c/1")).isEqualTo(2);
    }

    @Test
    void linksOffTheSourcesHostAreNotQueued() throws Exception {
        String elsewhere = "http://localhost:" + java.net.URI.create(site.base()).getPort() + "/elsewhere";
        site.page("/s/", "text/html", "<html><body><a href=\"/s/in\">in</a><a href=\"" + elsewhere + "\">out</a></body></html>")
                .page("/s/in", "text/html", FixtureSite.article("In", "An article on the source's host."))
                .page("/elsewhere", "text/html", FixtureSite.article("Out", "An article on another host."));
        Crawler c = crawler(config(x -> { }));
        c.addSource(site.url("/s/"), "page", null, 2, null);

        c.run(Duration.ofSeconds(60), null);

        assertThat(entry("/s/in").state()).isEqualTo("fetched");
        assertThat(db.frontier().find(elsewhere)).isEmpty();
        assertThat(site.count("/elsewhere")).isZero();
    }

    @Test
    void anEntryLeftFetchingByAKilledRunIsFetchedOnTheNextStart() throws Exception {
        site.page("/k", "text/html", FixtureSite.article("K", "Left behind by a killed crawler."));
        Crawler c = crawler(config(x -> { }));
        c.addSource(site.url("/k"), "page", null, 0, null);
        assertThat(db.frontier().claim(entry("/k").id())).isTrue(); // as a killed run leaves it

        crawler(config(x -> { })).run(Duration.ofSeconds(30), null);

        assertThat(entry("/k").state()).isEqualTo("fetched");
        assertThat(site.count("/k")).isEqualTo(1);
    }

    @Test
    void recrawlsUseConditionalGetAndSendChangedPagesThroughIngestAsRevisions() throws Exception {
        AtomicReference<String> version = new AtomicReference<>("v1");
        AtomicReference<String> lastmod = new AtomicReference<>("2026-01-01");
        List<String> conditional = new CopyOnWriteArrayList<>();
        site.route("/map.xml", (ex, n) -> FixtureSite.send(ex, 200, "application/xml", sitemap(site.base(), lastmod.get(), "/news/r")));
        site.route("/news/r", (ex, n) -> {
            String inm = ex.getRequestHeaders().getFirst("If-None-Match");
            conditional.add(String.valueOf(inm));
            String etag = "\"" + version.get() + "\"";
            if (etag.equals(inm)) {
                ex.getResponseHeaders().set("ETag", etag);
                ex.sendResponseHeaders(304, -1);
                return;
            }
            ex.getResponseHeaders().set("ETag", etag);
            FixtureSite.send(ex, 200, "text/html", FixtureSite.article("R", "Revision " + version.get() + " of the report."));
        });
        Crawler c = crawler(config(x -> { }));
        c.addSource(site.url("/map.xml"), "sitemap", null, 1, null);
        c.run(Duration.ofSeconds(30), null);
        assertThat(db.documents().findLiveByUrl(site.url("/news/r")).orElseThrow().text()).contains("Revision v1");

        // The page changes and the sitemap says so: watch's re-check re-queues it and ingest keeps both versions.
        version.set("v2");
        lastmod.set(Instant.now().plus(Duration.ofDays(1)).toString().substring(0, 10));
        assertThat(c.recheckSources()).isEqualTo(1);
        CrawlSummary second = c.run(Duration.ofSeconds(30), null);
        assertThat(second.stored()).isEqualTo(1);
        assertThat(db.documents().findLiveByUrl(site.url("/news/r")).orElseThrow().text()).contains("Revision v2");
        assertThat(db.documents().revisions(site.url("/news/r"))).hasSize(2);

        // Unchanged since: the validators go out and a 304 stores nothing.
        db.frontier().requeue(site.url("/news/r"), Instant.now());
        CrawlSummary third = c.run(Duration.ofSeconds(30), null);
        assertThat(third.unchanged()).isEqualTo(1);
        assertThat(conditional).containsExactly("null", "\"v1\"", "\"v2\"");
        assertThat(db.documents().revisions(site.url("/news/r"))).hasSize(2);
    }

    @Test
    void sourcesFromUsersMayNotPointInsideUnlessAllowed() {
        Crawler strict = crawler(CrawlConfig.defaults());
        assertThatThrownBy(() -> strict.addSource(site.url("/"), null, null, 1, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("loopback");
        assertThatThrownBy(() -> strict.addSource("file:///etc/passwd", null, null, 1, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only http and https");
        assertThatThrownBy(() -> crawler(config(x -> { })).addSource(site.url("/"), null, null, 1, "(["))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("article pattern");
        assertThat(db.sources().all()).isEmpty();
        assertThat(crawler(config(x -> { })).addSource(site.url("/"), null, null, 1, null).kind()).isEqualTo("page");
    }

    @Test
    void readsSeedsSkippingCommentsAndBlankLines() throws IOException {
        Path seeds = dir.resolve("seeds.txt");
        Files.writeString(seeds, "# news sites\nhttps://example.com/news/\n\n  https://example.org/feed.xml  \n#https://x/\n");
        assertThat(Crawler.readSeeds(seeds)).containsExactly("https://example.com/news/", "https://example.org/feed.xml");
    }

}
