package org.specledger.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.specledger.claims.extract.ClaimExtractor;
import org.specledger.bench.CrawlBench;
import org.specledger.crawler.crawl.CrawlConfig;
import org.specledger.crawler.crawl.Worker;
import org.specledger.article.ArticleExtractor;
import org.specledger.ingest.Ingester;
import org.specledger.db.Database;
import org.specledger.app.AppContext;

/**
 * {@code specledger bench scale}: crawl workers against one PostgreSQL, and ingest on both stacks.
 *
 * <p>Crawl: a site of {@code hosts} origins on loopback (one small HTTP server each, {@code pages} articles each,
 * the generated reports of {@code bench crawl}), crawled by 1, 2 and 4 workers (each a {@link Worker} with its own
 * connection pool and 2 fetch threads, in this JVM) with a per-host delay: pages/s, the most requests any host
 * saw in one second against the limit the delay allows, the smallest gap between two requests to one host, and
 * documents stored twice. Each run gets a fresh database on the server the URL names (so the user needs CREATEDB);
 * they are dropped at the end. Ingest: the same generated articles imported into SQLite + Lucene and into
 * PostgreSQL + OpenSearch (all stages: extraction, claims, database, index, reconciliation).
 */
public final class ScaleBench {
    private ScaleBench() {
    }

    /** One crawl run's figures. */
    record CrawlRun(int workers, int pages, double seconds, int maxPerHostSecond, double minGapMs, int duplicates) {
    }

    public static String run(String pgUrl, String searchUrls, int hosts, int pagesPerHost, long delayMs, int ingestDocs,
                             Path work) throws Exception {
        StringBuilder out = new StringBuilder();
        out.append("# bench scale, ").append(Instant.now()).append(", ").append(Runtime.getRuntime().availableProcessors())
                .append(" cores, load average ").append(String.format(Locale.ROOT, "%.1f",
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()))
                .append("\n\n## Crawl: ").append(hosts).append(" loopback hosts x ").append(pagesPerHost)
                .append(" articles, delay ").append(delayMs).append(" ms per host (limit ")
                .append(String.format(Locale.ROOT, "%.1f", 1000.0 / delayMs)).append(" requests/s per host)\n\n")
                .append("| workers | articles | seconds | pages/s | max requests/host in 1 s | min gap (ms) | stored twice |\n")
                .append("|---|---|---|---|---|---|---|\n");
        for (int workers : new int[] {1, 2, 4}) {
            CrawlRun r = crawl(pgUrl, workers, hosts, pagesPerHost, delayMs);
            out.append(String.format(Locale.ROOT, "| %d | %d | %.1f | %.1f | %d | %.0f | %d |%n", r.workers(), r.pages(),
                    r.seconds(), r.pages() / r.seconds(), r.maxPerHostSecond(), r.minGapMs(), r.duplicates()));
        }
        if (ingestDocs > 0) {
            out.append("\n## Ingest: ").append(ingestDocs).append(" generated articles, `importPaths` end to end\n\n")
                    .append("| stack | seconds | docs/s |\n|---|---|---|\n");
            Path files = work.resolve("articles");
            Files.createDirectories(files);
            List<Path> paths = new ArrayList<>();
            for (int a = 1; a <= ingestDocs; a++) {
                Path f = files.resolve("a" + a + ".html");
                Files.writeString(f, CrawlBench.article(a, ingestDocs), StandardCharsets.UTF_8);
                paths.add(f);
            }
            out.append(ingest("SQLite + Lucene (embedded)", work.resolve("embedded"), null, null, paths));
            if (searchUrls != null && !searchUrls.isBlank()) {
                String db = createDatabase(pgUrl);
                String index = "bench-ingest-" + UUID.randomUUID().toString().substring(0, 8);
                StringBuilder s = new StringBuilder();
                for (String node : searchUrls.split(",")) {
                    s.append(s.isEmpty() ? "" : ",").append(node.strip().replaceAll("/+$", "")).append('/').append(index);
                }
                try {
                    out.append(ingest("PostgreSQL + OpenSearch (" + searchUrls.split(",").length + " nodes)",
                            work.resolve("unused"), db, s.toString(), paths));
                } finally {
                    dropDatabase(pgUrl, db);
                    try (var os = org.specledger.index.opensearch.OpenSearchIndex.connect(s.toString())) {
                        os.dropIndex();
                    }
                }
            }
        }
        return out.toString();
    }

    private static String ingest(String label, Path data, String dbUrl, String searchUrl, List<Path> files) throws Exception {
        try (AppContext app = AppContext.open(data, dbUrl, searchUrl, System.err)) {
            long t0 = System.nanoTime();
            var report = app.importPaths(files, null);
            double s = (System.nanoTime() - t0) / 1e9;
            return String.format(Locale.ROOT, "| %s | %.1f | %.0f |%n", label, s, report.created() / s);
        }
    }

    private static CrawlRun crawl(String pgUrl, int workers, int hosts, int pages, long delayMs) throws Exception {
        String dbUrl = createDatabase(pgUrl);
        List<HttpServer> servers = new ArrayList<>();
        List<ConcurrentLinkedQueue<Long>> arrivals = new ArrayList<>();
        ExecutorService serverThreads = Executors.newFixedThreadPool(16);
        CrawlConfig cfg = CrawlConfig.of(b -> {
            b.hostDelay = Duration.ofMillis(delayMs);
            b.loopbackDelay = Duration.ofMillis(delayMs);
            b.allowPrivateAddresses = true;
            b.parallelHosts = 2;
        });
        try {
            for (int h = 0; h < hosts; h++) {
                HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
                ConcurrentLinkedQueue<Long> times = new ConcurrentLinkedQueue<>();
                int first = h * pages + 1;
                server.createContext("/", ex -> {
                    times.add(System.nanoTime());
                    String path = ex.getRequestURI().getPath();
                    String html = null;
                    if (path.equals("/")) {
                        StringBuilder b = new StringBuilder("<html><body><h1>Host index</h1><ul>");
                        for (int a = first; a < first + pages; a++) {
                            b.append("<li><a href=\"/article/").append(a).append(".html\">Report ").append(a).append("</a></li>");
                        }
                        html = b.append("</ul></body></html>").toString();
                    } else if (path.startsWith("/article/")) {
                        html = CrawlBench.article(Integer.parseInt(path.replaceAll("\\D", "")), hosts * pages);
                    }
                    byte[] body = (html == null ? "not found" : html).getBytes(StandardCharsets.UTF_8);
                    ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                    ex.sendResponseHeaders(html == null ? 404 : 200, body.length);
                    try (OutputStream o = ex.getResponseBody()) {
                        o.write(body);
                    }
                });
                server.setExecutor(serverThreads);
                server.start();
                servers.add(server);
                arrivals.add(times);
            }
            try (Database db = Database.connect(dbUrl, null)) {
                for (HttpServer s : servers) {
                    String url = "http://127.0.0.1:" + s.getAddress().getPort() + "/";
                    var src = db.sources().add(url, "page", null, 1, "/article/");
                    db.frontier().enqueue(url, src.id(), 0, Instant.now());
                }
            }
            ExecutorService pool = Executors.newFixedThreadPool(workers);
            List<Future<?>> runs = new ArrayList<>();
            long t0 = System.nanoTime();
            for (int w = 0; w < workers; w++) {
                String id = "bench-" + w;
                runs.add(pool.submit(() -> {
                    try (Database db = Database.connect(dbUrl, null);
                         Worker worker = new Worker(db, new Ingester(db, new ArticleExtractor(), ClaimExtractor.withDefaults()),
                                 cfg, id, Duration.ofSeconds(60))) {
                        worker.run(Duration.ofMinutes(30), null);
                    }
                    return null;
                }));
            }
            for (Future<?> f : runs) {
                f.get();
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            pool.shutdown();
            int maxPerSecond = 0;
            double minGap = Double.MAX_VALUE;
            for (ConcurrentLinkedQueue<Long> q : arrivals) {
                List<Long> t = new ArrayList<>(q);
                t.sort(null);
                for (int i = 0, j = 0; i < t.size(); i++) {
                    while (t.get(i) - t.get(j) >= 1_000_000_000L) {
                        j++;
                    }
                    maxPerSecond = Math.max(maxPerSecond, i - j + 1);
                    if (i > 0) {
                        minGap = Math.min(minGap, (t.get(i) - t.get(i - 1)) / 1e6);
                    }
                }
            }
            int stored;
            int duplicates;
            try (Connection c = DriverManager.getConnection(dbUrl); var st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT count(*), count(DISTINCT url) FROM documents")) {
                rs.next();
                stored = rs.getInt(2);
                duplicates = rs.getInt(1) - rs.getInt(2);
            }
            return new CrawlRun(workers, stored, seconds, maxPerSecond, minGap, duplicates);
        } finally {
            servers.forEach(s -> s.stop(0));
            serverThreads.shutdownNow();
            dropDatabase(pgUrl, dbUrl);
        }
    }

    /** A new database on the server of {@code pgUrl}, same parameters; returns its URL. */
    static String createDatabase(String pgUrl) throws Exception {
        String name = "specledger_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        try (Connection c = connect(pgUrl); var st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        }
        int q = pgUrl.indexOf('?');
        String base = q < 0 ? pgUrl : pgUrl.substring(0, q);
        return base.substring(0, base.lastIndexOf('/') + 1) + name + (q < 0 ? "" : pgUrl.substring(q));
    }

    static void dropDatabase(String pgUrl, String dbUrl) throws Exception {
        String base = dbUrl.contains("?") ? dbUrl.substring(0, dbUrl.indexOf('?')) : dbUrl;
        try (Connection c = connect(pgUrl); var st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + base.substring(base.lastIndexOf('/') + 1) + " WITH (FORCE)");
        }
    }

    private static Connection connect(String url) throws Exception {
        java.util.Properties p = new java.util.Properties();
        String user = System.getenv(Database.USER_ENV);
        if (user != null) {
            p.setProperty("user", user);
        }
        String password = System.getenv(Database.PASSWORD_ENV);
        if (password != null) {
            p.setProperty("password", password);
        }
        return DriverManager.getConnection(url, p);
    }
}
