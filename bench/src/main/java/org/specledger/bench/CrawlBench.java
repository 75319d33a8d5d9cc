package org.specledger.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.specledger.claims.extract.ClaimExtractor;
import org.specledger.crawler.crawl.CrawlConfig;
import org.specledger.crawler.crawl.CrawlSummary;
import org.specledger.crawler.crawl.Crawler;
import org.specledger.article.ArticleExtractor;
import org.specledger.claims.reconcile.Reconciler;
import org.specledger.claims.reference.ReferenceData;
import org.specledger.ingest.IndexStage;
import org.specledger.ingest.Ingester;
import org.specledger.ingest.ReconcileStage;
import org.specledger.db.Database;
import org.specledger.db.DatabaseUnavailableException;
import org.specledger.index.IndexUnavailableException;
import org.specledger.index.lucene.LuceneSearchIndex;

/**
 * Crawl throughput end to end (fetch → extract → claims → store → whatever listeners the caller put on the
 * Ingester) on a generated news site served on loopback, next to {@code wget --recursive} on the same site
 * when wget is installed. Not a test: it prints figures.
 *
 * <p>What differs from a real crawl, on purpose: politeness is off for the loopback host only
 * ({@code loopbackDelay = 0}) and that host gets {@value #CONNECTIONS} connections at a time
 * ({@code loopbackConnections}); every host that is not on this machine keeps one connection and its delay.
 * wget uses one connection; it only fetches and writes files, while we also extract, find claims, store and
 * index, so the extra connections let fetching overlap that work. A second crawl of the same site stores
 * nothing (its article pattern matches no URL): fetching, link extraction and the frontier alone.
 *
 * <p>The site: a home page linking every index page, index pages of 50 article links each, and articles of
 * about 600 words with navigation, related links and spec sentences for the claim extractor.
 */
public final class CrawlBench {
    /** Articles in the generated site unless told otherwise. */
    public static final int DEFAULT_PAGES = 5_000;
    private static final int PER_INDEX = 50;
    /** Connections to the loopback site at once. */
    public static final int CONNECTIONS = 4;

    private CrawlBench() {
    }

    public static void main(String[] args) throws Exception {
        int pages = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_PAGES;
        Path dir = Files.createTempDirectory("crawlbench");
        System.out.println(run(dir, pages));
    }

    /**
     * Runs with a fresh database and index in {@code workDir/data}, wired as the application wires them: the
     * Ingester upserts each stored document into a Lucene index and marks its models for reconciliation.
     * Reconciling them afterwards is not part of the crawl figure.
     */
    public static String run(Path workDir, int pages) throws IOException, DatabaseUnavailableException {
        Path data = workDir.resolve("data");
        LuceneSearchIndex created;
        try {
            created = LuceneSearchIndex.create(data.resolve("index"));
        } catch (IndexUnavailableException e) {
            throw new IOException(e.getMessage(), e);
        }
        try (Database db = Database.open(data); LuceneSearchIndex index = created) {
            ClaimExtractor claims = ClaimExtractor.withDefaults();
            Ingester ingester = new Ingester(db, new ArticleExtractor(), claims);
            IndexStage indexStage = new IndexStage(db, index);
            ReconcileStage reconcile = new ReconcileStage(db, new Reconciler(ReferenceData.load(), claims.catalog()::resolve));
            ingester.onStored(indexStage::onStored);
            String report = run(workDir, pages, db, ingester);
            index.commit();
            return report;
        }
    }

    /** Runs with the caller's database and Ingester (with index or reconcile listeners wired as in production). */
    public static String run(Path workDir, int pages, Database db, Ingester ingester) throws IOException {
        AtomicInteger served = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        AtomicInteger n = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "crawlbench-site-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        server.createContext("/", ex -> serve(ex, pages, served));
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        StringBuilder report = new StringBuilder();
        try {
            CrawlConfig cfg = CrawlConfig.of(b -> {
                b.allowPrivateAddresses = true;
                b.loopbackDelay = Duration.ZERO;
                b.loopbackConnections = CONNECTIONS;
            });
            CrawlSummary s;
            try (Crawler crawler = new Crawler(db, ingester, cfg)) {
                crawler.addSource(base + "/", "page", null, 3, "/article/");
                s = crawler.run(null, null);
            }
            int ourRequests = served.getAndSet(0);
            double ours = ourRequests / seconds(s.elapsed());
            report.append(String.format(Locale.ROOT,
                    "SpecLedger crawl: %d articles, %d requests, %d stored, %d failed in %.1f s = %.0f pages/s%n",
                    pages, ourRequests, s.stored(), s.failed(), seconds(s.elapsed()), ours));
            // The same crawl with an article pattern that matches nothing: every page is fetched and its links
            // followed, nothing is stored. What is left of the full crawl's time is storing.
            try (Database bare = Database.open(workDir.resolve("fetch-only"));
                 Crawler crawler = new Crawler(bare, ingester, cfg)) {
                crawler.addSource(base + "/", "page", null, 3, "/no-page-matches-this/");
                s = crawler.run(null, null);
            } catch (DatabaseUnavailableException e) {
                throw new IOException(e.getMessage(), e);
            }
            int bareRequests = served.getAndSet(0);
            report.append(String.format(Locale.ROOT,
                    "SpecLedger crawl without storing: %d requests in %.1f s = %.0f pages/s%n",
                    bareRequests, seconds(s.elapsed()), bareRequests / seconds(s.elapsed())));
            Path wgetDir = workDir.resolve("wget");
            Double wget = wget(base, wgetDir, served, report);
            if (wget != null) {
                report.append(String.format(Locale.ROOT, "ratio SpecLedger / wget: %.2f (goal ≥ 0.8)%n", ours / wget));
            }
        } finally {
            server.stop(0);
            threads.shutdownNow();
        }
        return report.toString();
    }

    private static Double wget(String base, Path dir, AtomicInteger served, StringBuilder report) throws IOException {
        Files.createDirectories(dir);
        long start = System.nanoTime();
        Process p;
        try {
            p = new ProcessBuilder("wget", "--recursive", "--level=inf", "--no-parent", "-q", "-P", dir.toString(), base + "/")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            report.append("wget: not installed, no comparison\n");
            return null;
        }
        try {
            p.waitFor(30, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroy();
            return null;
        }
        double secs = (System.nanoTime() - start) / 1e9;
        int requests = served.get();
        double rate = requests / secs;
        report.append(String.format(Locale.ROOT, "wget --recursive: %d requests in %.1f s = %.0f pages/s%n", requests, secs, rate));
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
        return rate;
    }

    private static double seconds(Duration d) {
        return Math.max(d.toNanos() / 1e9, 1e-3);
    }

    private static void serve(HttpExchange ex, int pages, AtomicInteger served) throws IOException {
        served.incrementAndGet();
        String path = ex.getRequestURI().getPath();
        int indexes = (pages + PER_INDEX - 1) / PER_INDEX;
        String html = null;
        if (path.equals("/")) {
            StringBuilder b = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\"><title>AI Chip Daily</title></head><body>")
                    .append(nav()).append("<h1>AI Chip Daily</h1><ul>");
            for (int i = 1; i <= indexes; i++) {
                b.append("<li><a href=\"/index/").append(i).append(".html\">Archive page ").append(i).append("</a></li>");
            }
            html = b.append("</ul></body></html>").toString();
        } else if (path.startsWith("/index/") && path.endsWith(".html")) {
            int i = number(path, "/index/");
            if (i >= 1 && i <= indexes) {
                StringBuilder b = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\"><title>Archive ")
                        .append(i).append("</title></head><body>").append(nav()).append("<ul>");
                for (int a = (i - 1) * PER_INDEX + 1; a <= Math.min(pages, i * PER_INDEX); a++) {
                    b.append("<li><a href=\"/article/").append(a).append(".html\">Report ").append(a).append("</a></li>");
                }
                html = b.append("</ul></body></html>").toString();
            }
        } else if (path.startsWith("/article/") && path.endsWith(".html")) {
            int a = number(path, "/article/");
            if (a >= 1 && a <= pages) {
                html = article(a, pages);
            }
        }
        byte[] body = (html == null ? "<html><body>not found</body></html>" : html).getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        ex.sendResponseHeaders(html == null ? 404 : 200, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    private static int number(String path, String prefix) {
        try {
            return Integer.parseInt(path.substring(prefix.length(), path.length() - ".html".length()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String nav() {
        return "<nav><a href=\"/\">Home</a> <a href=\"/index/1.html\">Latest</a></nav>";
    }

    private static final String[] MODELS = {"DeepSeek-V3", "Qwen2.5-72B", "GLM-4", "ERNIE 4.0", "Kimi k1.5", "MiniMax-01"};
    private static final String[] FILLER = ("The company said the training run used a cluster of domestic accelerators and"
            + " that the model performs well on reasoning benchmarks according to its own evaluation while analysts"
            + " cautioned that independent tests have not yet been published and that export controls continue to"
            + " shape how Chinese laboratories plan their compute budgets for the coming year").split(" ");

    /** About 600 words: a headline, a byline, spec sentences and filler, related links (also bench scale's pages). */
    public static String article(int a, int pages) {
        String model = MODELS[a % MODELS.length];
        StringBuilder b = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\"><title>")
                .append(model).append(" report ").append(a).append("</title></head><body>").append(nav())
                .append("<article><h1>").append(model).append(" report ").append(a).append("</h1>")
                .append("<p class=\"byline\">By Staff Reporter, 2026-11-").append(10 + a % 18).append("</p>")
                .append("<p>").append(model).append(" has ").append(100 + a % 600).append(" billion parameters and a context window of ")
                .append(32 + a % 5 * 32).append("K tokens, the developer said.</p>")
                .append("<p>It was trained on ").append(1000 + a % 9000).append(" Huawei Ascend 910B chips for ")
                .append(10 + a % 80).append(" days.</p>");
        int words = 0;
        for (int p = 0; p < 9; p++) {
            b.append("<p>");
            for (int w = 0; w < 64; w++) {
                b.append(FILLER[(a + p * 7 + w) % FILLER.length]).append(' ');
                words++;
            }
            b.append("</p>");
        }
        b.append("</article><aside><h2>Related</h2><ul>");
        for (int r = 1; r <= 3; r++) {
            int other = (a + r * 37) % pages + 1;
            b.append("<li><a href=\"/article/").append(other).append(".html\">Report ").append(other).append("</a></li>");
        }
        return b.append("</ul></aside><footer>").append(words).append(" words</footer></body></html>").toString();
    }
}
