package org.specledger.crawler.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.specledger.claims.extract.ClaimExtractor;
import org.specledger.article.ArticleExtractor;
import org.specledger.ingest.Ingester;
import org.specledger.db.Database;
import org.specledger.db.ScratchPostgres;

/**
 * Several crawl workers on one PostgreSQL frontier: one is killed with SIGKILL in the middle of the crawl, two more
 * finish it. Nothing is lost (every article stored, no URL left 'fetching'), nothing is stored twice, and no site
 * ever sees two requests closer than its delay, whichever workers sent them.
 */
class WorkerTest {
    static final int SITES = 4;
    static final int ARTICLES = 8;
    static final long DELAY_MS = 150;
    private final List<FixtureSite> sites = new ArrayList<>();
    private String dbUrl;
    private Process child;

    @AfterEach
    void cleanUp() {
        if (child != null) {
            child.destroyForcibly();
        }
        sites.forEach(FixtureSite::close);
        if (dbUrl != null) {
            ScratchPostgres.drop(dbUrl);
        }
    }

    @Test
    void aWorkerKilledMidCrawlLosesNothingAndNothingIsStoredTwice() throws Exception {
        dbUrl = ScratchPostgres.create();
        CrawlConfig cfg = CrawlConfig.of(b -> {
            b.hostDelay = Duration.ofMillis(DELAY_MS);
            b.loopbackDelay = Duration.ofMillis(DELAY_MS);
            b.allowPrivateAddresses = true;
        });
        try (Database db = Database.connect(dbUrl, null)) {
            Ingester ingester = new Ingester(db, new ArticleExtractor(), ClaimExtractor.withDefaults());
            for (int s = 0; s < SITES; s++) {
                FixtureSite site = new FixtureSite();
                StringBuilder links = new StringBuilder("<html><body><h1>Index</h1><ul>");
                for (int a = 0; a < ARTICLES; a++) {
                    int n = s * 100 + a;
                    links.append("<li><a href=\"/a/").append(a).append("\">story ").append(a).append("</a></li>");
                    String body = FixtureSite.article("Report " + n, "Report number " + n + " says the model DeepSeek-V"
                            + n + " was trained on " + (1000 + n) + " accelerators over " + (n % 9 + 2) + " weeks.");
                    site.route("/a/" + a, (ex, nth) -> {
                        sleep(60); // a page takes a moment, so that the kill lands while URLs are leased
                        FixtureSite.send(ex, 200, "text/html; charset=utf-8", body);
                    });
                }
                site.page("/", "text/html", links.append("</ul></body></html>").toString());
                site.page("/robots.txt", "text/plain", "User-agent: *\nAllow: /\n");
                sites.add(site);
                try (Crawler setup = new Crawler(db, ingester, cfg)) {
                    setup.addSource(site.url("/"), "page", null, 1, "/a/");
                }
            }

            String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
            child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "--enable-native-access=ALL-UNNAMED", "-cp", cp.replace(File.pathSeparator + File.pathSeparator, File.pathSeparator),
                    WorkerMain.class.getName(), dbUrl, Long.toString(DELAY_MS), "5")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            long until = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (db.documents().countLive() < 6 && System.nanoTime() < until && child.isAlive()) {
                Thread.sleep(20);
            }
            assertThat(child.isAlive()).as("the child worker is still crawling").isTrue();
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no last flush
            child.waitFor();
            int storedBeforeKill = db.documents().countLive();
            assertThat(storedBeforeKill).isBetween(6, SITES * ARTICLES - 1);

            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<CrawlSummary>> runs = new ArrayList<>();
            for (int w = 0; w < 2; w++) {
                String id = "w" + w;
                runs.add(pool.submit(() -> {
                    try (Worker worker = new Worker(db, ingester, cfg.with(b -> b.parallelHosts = 2), id, Duration.ofSeconds(5))) {
                        return worker.run(Duration.ofMinutes(3), null);
                    }
                }));
            }
            for (Future<CrawlSummary> r : runs) {
                r.get();
            }
            pool.shutdown();

            assertThat(db.frontier().counts()).as("every URL ended, none left queued or leased")
                    .containsOnlyKeys("fetched").containsEntry("fetched", SITES * (ARTICLES + 1));
            assertThat(db.documents().countLive()).isEqualTo(SITES * ARTICLES);
            assertThat(db.documents().list(null, 500).items()).hasSize(SITES * ARTICLES);
            for (FixtureSite site : sites) {
                for (int a = 0; a < ARTICLES; a++) {
                    assertThat(db.documents().revisions(site.url("/a/" + a))).as("one stored version").hasSize(1);
                }
                List<Long> times = site.times("/");
                times.sort(null);
                for (int i = 1; i < times.size(); i++) {
                    assertThat((times.get(i) - times.get(i - 1)) / 1_000_000.0).as(site.base() + " gap before request " + i)
                            .isGreaterThanOrEqualTo(DELAY_MS * 0.95);
                }
            }
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
