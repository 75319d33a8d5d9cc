package org.specledger.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.specledger.ingest.IngestOutcome;
import org.specledger.ingest.RawPage;
import org.specledger.app.AppContext;
import org.specledger.web.server.WebConfig;
import org.specledger.web.server.WebServer;

/**
 * The load benchmark: the real server on a loopback port under a fixed rate of mixed requests (pages, API,
 * search, health, and a few deliberately bad ones) from a {@code java.net.http} client, while a writer thread
 * imports documents through the Ingester. Reports latency percentiles and every unexpected status, and checks
 * that no response showed a half-written document: the claim count a response shows for a document must equal
 * the count stored for it at the end (a document and its claims are written in one transaction, and stored
 * documents never change).
 *
 * <p>Bounded in count and time, loopback only. Routes are probed first: only those the server has are used,
 * so the mix grows as the API does. The API's per-client rate limit is turned off for the run (all requests
 * come from one address).
 */
public final class LoadBench {
    private static final Pattern CLAIMS_HEADING = Pattern.compile("Claims \\((\\d+)\\)");
    private static final String[] QUERIES = {"DeepSeek", "Kimi K2", "parameters", "Ascend 910C", "context window",
        "trillion tokens", "MMLU", "GLM-4.5", "open weights", "昇腾", "参数", "cluster AND cards", "\"training used\""};
    /** The most requests in flight at once; past it a tick is counted as dropped (the server is not keeping up). */
    private static final int MAX_IN_FLIGHT = 256;

    private LoadBench() {
    }

    /**
     * @param duration          how long requests are sent
     * @param requestsPerSecond the fixed request rate
     * @param seedDocs          documents stored before the load starts
     * @param writerDocs        documents the writer thread imports during the load (at most; it stops with the load)
     * @param seed              chooses the requests and the corpus
     * @param writerDocsPerSecond the writer's pace; 0 = as fast as it can. The bench default, 10 documents a
     *                          second, is a busy polite crawl (1 page/s on each of ten hosts); flat out, the
     *                          writer alone keeps one of the two cores busy with extraction.
     * @param warmUp            how long the same load (requests and writer) runs before the measured part, its
     *                          figures reported apart: a JVM that just started spends its first seconds compiling
     *                          the hot paths (at 500 requests/s on 2 cores, the first 10 s dropped half the
     *                          requests, the third 10 s none), which is not what a running site's visitors meet
     */
    public record Options(Duration duration, int requestsPerSecond, int seedDocs, int writerDocs, long seed,
                          int writerDocsPerSecond, Duration warmUp) {
        public Options(Duration duration, int requestsPerSecond, int seedDocs, int writerDocs, long seed) {
            this(duration, requestsPerSecond, seedDocs, writerDocs, seed, 0);
        }

        /** No warm-up. */
        public Options(Duration duration, int requestsPerSecond, int seedDocs, int writerDocs, long seed,
                       int writerDocsPerSecond) {
            this(duration, requestsPerSecond, seedDocs, writerDocs, seed, writerDocsPerSecond, Duration.ZERO);
        }

        public static Options bench() {
            return new Options(Duration.ofSeconds(60), 500, 500, 20_000, 8, 10, Duration.ofSeconds(30));
        }

        Options measuring(Duration d) {
            return new Options(d, requestsPerSecond, seedDocs, writerDocs, seed, writerDocsPerSecond, Duration.ZERO);
        }
    }

    /** Figures of one run. */
    public record Result(Options options, List<String> routes, List<String> perRoute, List<String> overTime, long sent, long answered, long errors, long deliberateBad,
                         long dropped, List<String> errorSamples, List<String> halfWritten, long written,
                         double p50, double p90, double p99, double max, double seconds, long offered,
                         Map<String, Double> cpuMsPerRequest, Result warmUp) {
        /** CPU of the server's request threads per answered request; NaN when the JVM cannot tell. */
        public double serverCpuMsPerRequest() {
            return cpuMsPerRequest.getOrDefault(CpuClock.SERVER, Double.NaN);
        }

        /**
         * Requests answered as expected (a 2xx/304, or the 4xx a deliberately bad request must get) over requests
         * offered: a request the client had to drop, or one that failed, is not answered. The figure a run is
         * judged by; "0 errors" with drops is not a clean run.
         */
        public double answeredShare() {
            return offered == 0 ? 0 : (double) (answered - errors) / offered;
        }

        /** Requests dropped by the client (the server was not keeping up) over requests offered. */
        public double droppedShare() {
            return offered == 0 ? 0 : (double) dropped / offered;
        }

        Result withWarmUp(Result w) {
            return new Result(options, routes, perRoute, overTime, sent, answered, errors, deliberateBad, dropped,
                    errorSamples, halfWritten, written, p50, p90, p99, max, seconds, offered, cpuMsPerRequest, w);
        }

        public String markdown() {
            StringBuilder md = new StringBuilder("## Load\n\n| figure | value |\n|---|---|\n");
            if (warmUp != null) {
                row(md, "warm-up before the figures below (same requests and writer; not counted in them)",
                        String.format(Locale.ROOT, "%d s: %,d / %,d answered (%.1f %%), %,d dropped, %d errors, p50 %.1f ms,"
                                        + " p99 %.1f ms", warmUp.options().duration().toSeconds(), warmUp.answered() - warmUp.errors(),
                                warmUp.offered(), 100 * warmUp.answeredShare(), warmUp.dropped(), warmUp.errors(), warmUp.p50(),
                                warmUp.p99()));
            }
            row(md, "offered rate", options.requestsPerSecond() + " requests/s for " + options.duration().toSeconds() + " s");
            row(md, "**answered / offered**", String.format(Locale.ROOT, "**%,d / %,d = %.1f %%** (achieved %.0f/s)",
                    answered - errors, offered, 100 * answeredShare(), (answered - errors) / seconds));
            row(md, "**dropped by the client** (more than " + MAX_IN_FLIGHT + " in flight)", String.format(Locale.ROOT,
                    "**%,d (%.1f %%)**", dropped, 100 * droppedShare()));
            row(md, "errors (unexpected status or I/O)", "**" + errors + "**");
            row(md, "deliberately bad requests (answered 4xx as expected)", String.valueOf(deliberateBad));
            row(md, "server CPU per request (server threads only)", Double.isNaN(serverCpuMsPerRequest()) ? "n/a"
                    : String.format(Locale.ROOT, "%.2f ms", serverCpuMsPerRequest()));
            if (!cpuMsPerRequest.isEmpty()) {
                StringBuilder all = new StringBuilder();
                cpuMsPerRequest.forEach((group, ms) -> all.append(all.isEmpty() ? "" : ", ").append(group)
                        .append(String.format(Locale.ROOT, " %.2f", ms)));
                row(md, "CPU per answered request, by thread group (ms; one JVM on " + Runtime.getRuntime()
                        .availableProcessors() + " cores)", all.toString());
            }
            row(md, "latency p50 / p90 / p99 / max", String.format(Locale.ROOT, "**%.1f / %.1f / %.1f** / %.1f ms", p50, p90,
                    p99, max));
            row(md, "documents written during the load", String.format(Locale.ROOT, "%,d (writer pace: %s)", written,
                    options.writerDocsPerSecond() == 0 ? "as fast as it can" : options.writerDocsPerSecond() + " documents/s"));
            row(md, "half-written documents seen", String.valueOf(halfWritten.size()));
            row(md, "routes in the mix", String.join(", ", routes));
            md.append("\n| route | requests | p50 ms | p99 ms | answered from the response cache |\n|---|---|---|---|---|\n");
            perRoute.forEach(r -> md.append(r).append('\n'));
            md.append("\nOver time (by when requests were sent; a slow start is the JVM compiling the hot paths):\n\n"
                    + "| sent | answered | dropped | p50 ms | p99 ms |\n|---|---|---|---|---|\n");
            overTime.forEach(r -> md.append(r).append('\n'));
            if (!errorSamples.isEmpty()) {
                md.append("\nFirst errors:\n\n");
                errorSamples.forEach(e -> md.append("- ").append(e).append('\n'));
            }
            if (!halfWritten.isEmpty()) {
                md.append("\nHalf-written documents seen:\n\n");
                halfWritten.stream().limit(10).forEach(e -> md.append("- ").append(e).append('\n'));
            }
            return md.toString();
        }

        private static void row(StringBuilder md, String k, String v) {
            md.append("| ").append(k).append(" | ").append(v).append(" |\n");
        }
    }

    /** The bench: 60 s at 500 requests/s in a fresh data folder under {@code workDir}; returns Markdown (with wrk's figures when wrk is installed). */
    public static String run(Path workDir) {
        return run(workDir, Options.bench());
    }

    public static String run(Path workDir, Options options) {
        Path data = workDir.resolve("load-data");
        IngestBench.deleteTree(data);
        try (AppContext app = IngestBench.open(data)) {
            Result r = measure(app, options);
            return r.markdown() + Wrk.againstFreshServer(app, Duration.ofSeconds(Math.min(10, options.duration().toSeconds())));
        }
    }

    /** {@code LoadBench WORKDIR [SECONDS [RATE]]}: prints the Markdown figures. */
    public static void main(String[] args) {
        Options b = Options.bench();
        Options o = new Options(args.length > 1 ? Duration.ofSeconds(Long.parseLong(args[1])) : b.duration(),
                args.length > 2 ? Integer.parseInt(args[2]) : b.requestsPerSecond(), b.seedDocs(), b.writerDocs(), b.seed(),
                b.writerDocsPerSecond(), b.warmUp());
        System.out.println(run(Path.of(args.length > 0 ? args[0] : "bench-work"), o));
    }

    /** Seeds {@code app}, serves it on a free loopback port, and measures; the server is stopped at the end. */
    public static Result measure(AppContext app, Options o) {
        ArticleCorpus corpus = new ArticleCorpus(o.seed());
        List<Long> ids = new CopyOnWriteArrayList<>();
        for (int i = 0; i < o.seedDocs(); i++) {
            IngestOutcome out = ingest(app, corpus, i);
            if (out.documentId() != null) {
                ids.add(out.documentId());
            }
        }
        app.reconcile().flush();
        Javalin server = WebServer.create(app, WebConfig.defaults().withPort(0).withApiRequestsPerMinute(0)).start();
        try {
            String base = "http://127.0.0.1:" + server.port();
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(4, named("load-client"))).build();
            Mix mix = Mix.probe(http, base, ids);
            AtomicInteger nextDoc = new AtomicInteger(o.seedDocs());
            Result warm = o.warmUp().isZero() ? null : drive(app, o.measuring(o.warmUp()), http, base, mix, corpus, ids, nextDoc);
            Result r = drive(app, o.measuring(o.duration()), http, base, mix, corpus, ids, nextDoc);
            return warm == null ? r : r.withWarmUp(warm);
        } finally {
            server.stop();
        }
    }

    private static IngestOutcome ingest(AppContext app, ArticleCorpus corpus, int i) {
        return app.ingester().ingest(new RawPage("https://news.example/load/" + i, corpus.html(i).getBytes(StandardCharsets.UTF_8),
                "text/html; charset=utf-8", Instant.now(), null, false));
    }

    /** One run of the load; the writer imports the corpus's documents from {@code nextDoc} on (shared by runs). */
    private static Result drive(AppContext app, Options o, HttpClient http, String base, Mix mix, ArticleCorpus corpus,
                                List<Long> ids, AtomicInteger nextDoc) {
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger written = new AtomicInteger();
        Thread writer = new Thread(() -> {
            long start = System.nanoTime();
            int first = nextDoc.get();
            for (int i = first; i < o.seedDocs() + o.writerDocs() && writing.get(); i = nextDoc.incrementAndGet()) {
                if (o.writerDocsPerSecond() > 0) {
                    long due = start + (i - first) * 1_000_000_000L / o.writerDocsPerSecond();
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        java.util.concurrent.locks.LockSupport.parkNanos(wait);
                    }
                }
                IngestOutcome out = ingest(app, corpus, i);
                if (out.documentId() != null) {
                    ids.add(out.documentId());
                    written.incrementAndGet();
                }
            }
        }, "load-writer");
        Random rnd = new Random(o.seed());
        long total = o.duration().toMillis() * o.requestsPerSecond() / 1000;
        CpuClock cpu = CpuClock.start();
        Semaphore inFlight = new Semaphore(MAX_IN_FLIGHT);
        AtomicLong sent = new AtomicLong();
        AtomicLong answered = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicLong bad = new AtomicLong();
        AtomicLong dropped = new AtomicLong();
        List<String> errorSamples = Collections.synchronizedList(new ArrayList<>());
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>((int) total));
        Map<Long, Integer> seenClaims = new ConcurrentHashMap<>();
        Map<String, List<Long>> byRoute = new ConcurrentHashMap<>();
        Map<String, AtomicLong> cacheHits = new ConcurrentHashMap<>();
        Map<Integer, Window> windows = new ConcurrentHashMap<>();
        List<String> inconsistent = Collections.synchronizedList(new ArrayList<>());
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(named("load-ticker"));
        long start = System.nanoTime();
        writer.start();
        ticker.scheduleAtFixedRate(() -> {
            if (sent.get() + dropped.get() >= total) {
                return;
            }
            if (!inFlight.tryAcquire()) {
                dropped.incrementAndGet();
                window(windows, start).dropped.incrementAndGet();
                return;
            }
            Mix.Request req = mix.next(rnd, ids);
            sent.incrementAndGet();
            long t0 = System.nanoTime();
            Window win = window(windows, start);
            // Bodies are kept as bytes and decoded only where the consistency check reads them (or to quote an
            // error): the client shares the cores with the server, and decoding every spec sheet's JSON would
            // charge the server's figures with the client's work.
            http.sendAsync(HttpRequest.newBuilder(URI.create(base + req.path())).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofByteArray()).whenComplete((resp, err) -> {
                        long took = System.nanoTime() - t0;
                        latencies.add(took);
                        win.latencies.add(took);
                        byRoute.computeIfAbsent(req.route(), k -> Collections.synchronizedList(new ArrayList<>())).add(took);
                        if (resp != null && resp.headers().firstValue("X-Cache").filter("hit"::equals).isPresent()) {
                            cacheHits.computeIfAbsent(req.route(), k -> new AtomicLong()).incrementAndGet();
                        }
                        answered.incrementAndGet();
                        if (err != null) {
                            errors.incrementAndGet();
                            sample(errorSamples, "GET " + req.path() + " → " + err);
                        } else if (req.expectedStatus() != 0) {
                            if (resp.statusCode() == req.expectedStatus()) {
                                bad.incrementAndGet();
                            } else {
                                errors.incrementAndGet();
                                sample(errorSamples, "GET " + req.path() + " → " + resp.statusCode() + ", expected "
                                        + req.expectedStatus());
                            }
                        } else if (resp.statusCode() / 100 != 2 && resp.statusCode() != 304) {
                            errors.incrementAndGet();
                            byte[] body = resp.body();
                            sample(errorSamples, "GET " + req.path() + " → " + resp.statusCode() + ": "
                                    + new String(body, 0, Math.min(200, body.length), StandardCharsets.UTF_8));
                        } else {
                            observeClaims(req, resp.body(), seenClaims, inconsistent);
                        }
                        inFlight.release();
                    });
        }, 0, 1_000_000_000L / o.requestsPerSecond(), TimeUnit.NANOSECONDS);
        Map<String, Double> cpuMs = new java.util.LinkedHashMap<>();
        try {
            long deadline = System.nanoTime() + o.duration().toNanos() + TimeUnit.SECONDS.toNanos(5);
            while (sent.get() + dropped.get() < total && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            ticker.shutdownNow();
            inFlight.tryAcquire(MAX_IN_FLIGHT, 30, TimeUnit.SECONDS);
            cpuMs.putAll(cpu.millisSinceStart()); // before the writer ends: an ended thread's CPU can no longer be read
            writing.set(false);
            writer.join(TimeUnit.MINUTES.toMillis(2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Double> cpuMsPerRequest = new java.util.LinkedHashMap<>();
        cpuMs.forEach((group, ms) -> cpuMsPerRequest.put(group, ms / Math.max(1, answered.get())));
        // Stored documents never change, so what a response showed must be what is stored now.
        seenClaims.forEach((id, shown) -> {
            int stored = app.db().claims().byDocument(id).size();
            if (stored != shown) {
                inconsistent.add("document " + id + ": a response showed " + shown + " claims, " + stored + " are stored");
            }
        });
        long[] sorted = sorted(latencies);
        List<String> perRoute = new ArrayList<>();
        byRoute.forEach((route, l) -> {
            long[] xs = sorted(l);
            long hits = cacheHits.getOrDefault(route, new AtomicLong()).get();
            perRoute.add(String.format(Locale.ROOT, "| %s | %,d | %.1f | %.1f | %.0f %% |", route, xs.length, pct(xs, 50),
                    pct(xs, 99), xs.length == 0 ? 0 : 100.0 * hits / xs.length));
        });
        perRoute.sort(null);
        List<String> overTime = new ArrayList<>();
        new java.util.TreeMap<>(windows).forEach((i, w) -> {
            long[] xs = sorted(w.latencies);
            overTime.add(String.format(Locale.ROOT, "| %d–%d s | %,d | %,d | %.1f | %.1f |", i * WINDOW_SECONDS,
                    (i + 1) * WINDOW_SECONDS, xs.length, w.dropped.get(), pct(xs, 50), pct(xs, 99)));
        });
        return new Result(o, mix.names(), perRoute, overTime, sent.get(), answered.get(), errors.get(), bad.get(), dropped.get(),
                List.copyOf(errorSamples), List.copyOf(inconsistent), written.get(), pct(sorted, 50), pct(sorted, 90),
                pct(sorted, 99), sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6, seconds, total, cpuMsPerRequest, null);
    }

    /**
     * CPU time spent during the run, per group of threads (the server's request threads, this client, the writer
     * with the index threads it keeps busy) and for the whole process (these, and the collector, the compiler and
     * the rest): on a 2-core machine the client and the writer share the cores with the server, so a request's
     * share of the whole process is what bounds the rate. Summed per thread from the JVM's thread CPU clock;
     * threads that ended during the run are missed (Jetty keeps its pool threads for a minute of idleness).
     */
    static final class CpuClock {
        static final String SERVER = "server threads";
        static final String CLIENT = "load client";
        static final String WRITER = "writer and index";
        private final java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        private final Map<Long, Long> atStart = new java.util.HashMap<>();
        private final long processAtStart;

        private CpuClock() {
            atStart.putAll(perThread());
            processAtStart = processNanos();
        }

        static CpuClock start() {
            return new CpuClock();
        }

        /** The group a thread is counted in, or null for the rest of the process. */
        static String groupOf(String name) {
            if (name.startsWith("JettyServerThreadPool") || name.startsWith("qtp")) {
                return SERVER; // Jetty's QueuedThreadPool names its threads after the pool
            }
            if (name.startsWith("load-client") || name.startsWith("load-ticker") || name.startsWith("HttpClient")) {
                return CLIENT;
            }
            if (name.startsWith("load-writer") || name.startsWith("Lucene Merge") || name.startsWith("specledger-index")) {
                return WRITER;
            }
            return null;
        }

        private final Map<Long, String> names = new ConcurrentHashMap<>();

        private Map<Long, Long> perThread() {
            Map<Long, Long> out = new java.util.HashMap<>();
            if (!threads.isThreadCpuTimeSupported()) {
                return out;
            }
            for (java.lang.management.ThreadInfo t : threads.getThreadInfo(threads.getAllThreadIds())) {
                if (t != null) {
                    long ns = threads.getThreadCpuTime(t.getThreadId());
                    if (ns >= 0) {
                        out.put(t.getThreadId(), ns);
                        names.put(t.getThreadId(), t.getThreadName());
                    }
                }
            }
            return out;
        }

        private static long processNanos() {
            return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                    instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : -1;
        }

        /** Milliseconds of CPU since the start, per group, in a fixed order, and "whole process" last. */
        Map<String, Double> millisSinceStart() {
            Map<String, Double> out = new java.util.LinkedHashMap<>();
            if (!threads.isThreadCpuTimeSupported()) {
                return out;
            }
            out.put(SERVER, 0.0);
            out.put(CLIENT, 0.0);
            out.put(WRITER, 0.0);
            for (var e : perThread().entrySet()) {
                String group = groupOf(names.get(e.getKey()));
                if (group != null) {
                    out.merge(group, (e.getValue() - atStart.getOrDefault(e.getKey(), 0L)) / 1e6, Double::sum);
                }
            }
            long process = processNanos();
            if (process >= 0 && processAtStart >= 0) {
                out.put(WHOLE_PROCESS, (process - processAtStart) / 1e6);
            }
            return out;
        }

        static final String WHOLE_PROCESS = "whole process";
    }

    /** Seconds per row of the "over time" table. */
    static final int WINDOW_SECONDS = 10;

    /** The requests sent in one {@value #WINDOW_SECONDS}-second window: their latencies, and the ticks dropped. */
    private static final class Window {
        final List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        final AtomicLong dropped = new AtomicLong();
    }

    private static Window window(Map<Integer, Window> windows, long startNanos) {
        int i = (int) ((System.nanoTime() - startNanos) / 1_000_000_000L / WINDOW_SECONDS);
        return windows.computeIfAbsent(i, k -> new Window());
    }

    /** Records the claim count a response shows per document; a second sighting must agree with the first. */
    private static void observeClaims(Mix.Request req, byte[] bytes, Map<Long, Integer> seen, List<String> inconsistent) {
        if (req.documentId() != null) {
            Matcher m = CLAIMS_HEADING.matcher(new String(bytes, StandardCharsets.UTF_8));
            if (m.find()) {
                note(seen, inconsistent, req.documentId(), Integer.parseInt(m.group(1)));
            }
        } else if (req.path().startsWith("/api/documents")) {
            try {
                for (JsonNode item : Mix.JSON.readTree(bytes).path("items")) {
                    if (item.has("claimCount")) {
                        note(seen, inconsistent, item.get("id").asLong(), item.get("claimCount").asInt());
                    }
                }
            } catch (IOException e) {
                inconsistent.add(req.path() + ": not JSON: " + e.getMessage());
            }
        }
    }

    private static void note(Map<Long, Integer> seen, List<String> inconsistent, long id, int count) {
        Integer before = seen.putIfAbsent(id, count);
        if (before != null && before != count) {
            inconsistent.add("document " + id + " shown with " + before + " and later " + count + " claims");
        }
    }

    private static void sample(List<String> samples, String s) {
        if (samples.size() < 10) {
            samples.add(s);
        }
    }

    /** A snapshot of a synchronized list of latencies, sorted. */
    private static long[] sorted(List<Long> latencies) {
        synchronized (latencies) {
            return latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        }
    }

    private static double pct(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    static java.util.concurrent.ThreadFactory named(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** The request mix: the routes this server has, each with a weight. */
    static final class Mix {
        static final ObjectMapper JSON = new ObjectMapper();

        /** One request; {@code expectedStatus} is 0 for "any 2xx/304", else the 4xx a bad request must get. */
        record Request(String path, int expectedStatus, Long documentId, String route) {
            Request(String path, int expectedStatus, Long documentId) {
                this(path, expectedStatus, documentId, null);
            }

            Request named(String name) {
                return new Request(path, expectedStatus, documentId, name);
            }
        }

        private record Route(String name, int weight, java.util.function.BiFunction<Random, List<Long>, Request> make) {
        }

        private final List<Route> routes;
        private final int totalWeight;
        private final List<String> modelIds;

        private Mix(List<Route> routes, List<String> modelIds) {
            this.routes = routes;
            this.totalWeight = routes.stream().mapToInt(Route::weight).sum();
            this.modelIds = modelIds;
        }

        List<String> names() {
            return routes.stream().map(Route::name).toList();
        }

        Request next(Random rnd, List<Long> ids) {
            int w = rnd.nextInt(totalWeight);
            for (Route r : routes) {
                w -= r.weight();
                if (w < 0) {
                    return r.make().apply(rnd, ids).named(r.name());
                }
            }
            throw new IllegalStateException("empty mix");
        }

        /** Tries each candidate route once and keeps those the server answers as expected. */
        static Mix probe(HttpClient http, String base, List<Long> ids) {
            List<String> models = new ArrayList<>();
            try {
                HttpResponse<String> r = get(http, base + "/api/models?limit=100");
                if (r.statusCode() == 200) {
                    for (JsonNode m : JSON.readTree(r.body()).path("items")) {
                        models.add(m.path("id").asText());
                    }
                }
            } catch (IOException e) {
                // no models API yet: the model routes are left out below
            }
            List<Route> candidates = new ArrayList<>(List.of(
                    new Route("/documents/{id}", 25, (rnd, d) -> docRequest("/documents/", rnd, d)),
                    new Route("/api/documents", 15, (rnd, d) -> new Request("/api/documents?limit=" + (10 + rnd.nextInt(40)), 0, null)),
                    new Route("/api/search", 20, (rnd, d) -> new Request("/api/search?q=" + q(rnd), 0, null)),
                    new Route("/search", 8, (rnd, d) -> new Request("/search?q=" + q(rnd), 0, null)),
                    new Route("/documents", 5, (rnd, d) -> new Request("/documents?limit=20", 0, null)),
                    new Route("/api/claims", 5, (rnd, d) -> new Request("/api/claims?limit=20", 0, null)),
                    new Route("/api/flags", 3, (rnd, d) -> new Request("/api/flags", 0, null)),
                    new Route("/health", 4, (rnd, d) -> new Request("/health", 0, null)),
                    new Route("bad: /api/documents?limit=abc", 1, (rnd, d) -> new Request("/api/documents?limit=abc", 400, null)),
                    new Route("bad: /documents/{unknown}", 1, (rnd, d) -> new Request("/documents/999999999", 404, null))));
            if (!models.isEmpty()) {
                candidates.add(new Route("/api/models", 5, (rnd, d) -> new Request("/api/models", 0, null)));
                candidates.add(new Route("/models/{id}", 15, (rnd, d) -> new Request("/models/" + pick(rnd, models), 0, null)));
                candidates.add(new Route("/api/models/{id}", 10, (rnd, d) -> new Request("/api/models/" + pick(rnd, models), 0, null)));
            }
            List<Route> kept = new ArrayList<>();
            Random probeRnd = new Random(1);
            for (Route r : candidates) {
                Request sample = r.make().apply(probeRnd, ids);
                try {
                    int status = get(http, base + sample.path()).statusCode();
                    boolean ok = sample.expectedStatus() == 0 ? status / 100 == 2 : status == sample.expectedStatus();
                    if (ok) {
                        kept.add(r);
                    }
                } catch (IOException e) {
                    // a route that fails its probe is left out of the mix and named in no figure
                }
            }
            return new Mix(kept, models);
        }

        private static Request docRequest(String prefix, Random rnd, List<Long> ids) {
            long id = ids.get(rnd.nextInt(ids.size()));
            return new Request(prefix + id, 0, id);
        }

        private static String q(Random rnd) {
            return URLEncoder.encode(QUERIES[rnd.nextInt(QUERIES.length)], StandardCharsets.UTF_8);
        }

        private static String pick(Random rnd, List<String> xs) {
            return URLEncoder.encode(xs.get(rnd.nextInt(xs.size())), StandardCharsets.UTF_8);
        }

        private static HttpResponse<String> get(HttpClient http, String url) throws IOException {
            try {
                return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                        HttpResponse.BodyHandlers.ofString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
        }
    }
}
