package org.specledger.crawler.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.specledger.claims.extract.ClaimExtractor;
import org.specledger.crawler.crawl.CrawlConfig;
import org.specledger.crawler.crawl.Crawler;
import org.specledger.article.ArticleExtractor;
import org.specledger.ingest.Ingester;
import org.specledger.ingest.hostile.HostilePages;
import org.specledger.db.Database;
import org.specledger.db.FrontierEntry;

/**
 * A hostile site on a loopback port, crawled by the real crawler: a response that never ends, one that never
 * sends its headers, a redirect loop, an empty page, 50 MB of HTML, binary served as text/html, 100,000 nested
 * elements. The crawl must finish by itself, and every URL must end fetched or failed with a reason.
 */
class HostileSiteCrawlTest {
    @TempDir
    Path dir;

    HttpServer server;
    ExecutorService pool;
    volatile boolean stopping;
    String base;

    static final List<String> PAGES = List.of("/never-ending", "/no-headers", "/loop-a", "/zero", "/fifty-mb", "/binary",
            "/deep", "/good", "/status-500", "/wrong-length");

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        pool = Executors.newFixedThreadPool(16, r -> new Thread(r, "hostile-site"));
        server.setExecutor(pool);
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        server.createContext("/", this::handle);
        server.start();
    }

    @AfterEach
    void stop() throws InterruptedException {
        stopping = true;
        server.stop(0);
        pool.shutdownNow();
        pool.awaitTermination(10, TimeUnit.SECONDS);
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        try (ex) {
            switch (path) {
                case "/index.html" -> {
                    StringBuilder links = new StringBuilder("<html><body><h1>Hostile</h1><ul>");
                    PAGES.forEach(p -> links.append("<li><a href=\"").append(p).append("\">").append(p).append("</a></li>"));
                    send(ex, 200, "text/html", (links + "</ul></body></html>").getBytes(StandardCharsets.UTF_8));
                }
                case "/never-ending" -> {
                    ex.getResponseHeaders().set("Content-Type", "text/html");
                    ex.sendResponseHeaders(200, 0); // chunked, and it never ends
                    OutputStream out = ex.getResponseBody();
                    byte[] chunk = ("<p>" + HostilePages.SPEC_PARAGRAPH + "</p>\n").getBytes(StandardCharsets.UTF_8);
                    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120); // bounded: the test must end
                    while (!stopping && System.nanoTime() < until) {
                        out.write(chunk);
                        out.flush();
                        sleep(5);
                    }
                }
                case "/no-headers" -> sleep(60_000);
                case "/loop-a" -> redirect(ex, "/loop-b");
                case "/loop-b" -> redirect(ex, "/loop-a");
                case "/zero" -> send(ex, 200, "text/html", new byte[0]);
                case "/fifty-mb" -> {
                    ex.getResponseHeaders().set("Content-Type", "text/html");
                    byte[] big = HostilePages.bigArticle(50 * 1024 * 1024, true);
                    ex.sendResponseHeaders(200, big.length);
                    ex.getResponseBody().write(big);
                }
                case "/binary" -> {
                    byte[] b = new byte[100_000];
                    new Random(7).nextBytes(b);
                    send(ex, 200, "text/html; charset=utf-8", b);
                }
                case "/deep" -> send(ex, 200, "text/html", HostilePages.article("Deep",
                        HostilePages.nest("div", HostilePages.DEEP, HostilePages.SPEC_PARAGRAPH, true)).getBytes(StandardCharsets.UTF_8));
                case "/good" -> send(ex, 200, "text/html", HostilePages.article("Good", "<p>Fine.</p>").getBytes(StandardCharsets.UTF_8));
                case "/status-500" -> send(ex, 500, "text/plain", "boom".getBytes(StandardCharsets.UTF_8));
                case "/wrong-length" -> {
                    ex.getResponseHeaders().set("Content-Type", "text/html");
                    ex.sendResponseHeaders(200, 1_000_000); // promises a megabyte, sends a few bytes, closes
                    ex.getResponseBody().write("<p>short</p>".getBytes(StandardCharsets.UTF_8));
                }
                default -> send(ex, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException clientWentAway) {
            // the crawler cut the connection (size cap, timeout): that is what is under test
        }
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            ex.getResponseBody().write(body);
        }
    }

    private static void redirect(HttpExchange ex, String to) throws IOException {
        ex.getResponseHeaders().set("Location", to);
        ex.sendResponseHeaders(302, -1);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void everyHostileUrlEndsFetchedOrFailedWithAReason() throws Exception {
        Database db = Database.open(dir);
        Ingester ingester = new Ingester(db, new ArticleExtractor(), ClaimExtractor.withDefaults());
        CrawlConfig cfg = CrawlConfig.of(b -> {
            b.allowPrivateAddresses = true;
            b.loopbackDelay = Duration.ZERO;
            b.readTimeout = Duration.ofSeconds(5);
            b.retryBase = Duration.ofMillis(100);
            b.maxAttempts = 2;
            b.maxIdleWait = Duration.ofSeconds(5);
        });
        try (Crawler crawler = new Crawler(db, ingester, cfg)) {
            crawler.addSource(base + "/index.html", "page", null, 1, null);
            assertTimeoutPreemptively(Duration.ofMinutes(3), () -> crawler.run(Duration.ofMinutes(2), p -> { }));
        }
        for (String p : PAGES) {
            FrontierEntry e = db.frontier().find(base + p).orElseThrow(() -> new AssertionError("never queued: " + p));
            assertThat(e.state()).as("%s: %s", p, e).isIn("fetched", "failed", "skipped");
            if (!e.state().equals("fetched")) {
                assertThat(e.lastError()).as("reason for %s", p).isNotBlank();
            }
        }
        assertThat(db.frontier().find(base + "/good").orElseThrow().documentId()).as("the good page is stored").isNotNull();
        db.close();
    }
}
