package org.specledger.crawler.crawl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.specledger.crawler.feeds.SourceKind;
import org.specledger.crawler.fetch.Fetcher;
import org.specledger.crawler.fetch.UrlPolicy;
import org.specledger.crawler.frontier.Scope;
import org.specledger.crawler.frontier.UrlNormalizer;
import org.specledger.crawler.ingest.Ingester;
import org.specledger.crawler.robots.RobotsCache;
import org.specledger.db.Database;
import org.specledger.db.FrontierEntry;
import org.specledger.db.FrontierRepository;
import org.specledger.db.Source;

/**
 * The crawler's facade: add sources, then {@link #run} until the frontier has nothing due, or {@link #watch}
 * to re-check feeds and sitemaps on a schedule. The frontier lives in the database, so a run that is stopped
 * or killed resumes where it left off with a new {@code Crawler} on the same database.
 *
 * <p>Hosts are crawled in parallel ({@link CrawlConfig#parallelHosts()}), each by at most one request at a
 * time, with the host's delay between two requests. Storing an article (extraction, claims, database, index
 * listeners) runs on separate threads so that a slow page does not hold up its host's queue.
 *
 * <p>One run at a time per instance; {@link #stop()} may be called from any thread.
 */
public final class Crawler implements AutoCloseable {
    private final Database db;
    private final CrawlConfig cfg;
    private final FrontierRepository frontier;
    private final UrlPolicy policy;
    private final Fetcher fetcher;
    private final UrlStep step;
    private final Map<String, HostSlot> slots = new ConcurrentHashMap<>();
    private final Object lock = new Object();
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile boolean stopRequested;

    public Crawler(Database db, Ingester ingester, CrawlConfig cfg) {
        this.db = db;
        this.cfg = cfg;
        this.frontier = db.frontier();
        this.policy = new UrlPolicy(cfg.allowPrivateAddresses());
        this.fetcher = new Fetcher(cfg.userAgent(), cfg.connectTimeout(), cfg.readTimeout(), cfg.maxBytes(),
                cfg.maxRedirects(), policy);
        RobotsCache robots = new RobotsCache(fetcher, CrawlConfig.ROBOTS_TOKEN, cfg.robotsTtl(), cfg.robotsRetry(),
                Clock.systemUTC());
        this.step = new UrlStep(cfg, db, fetcher, robots, ingester, this::register);
    }

    /**
     * Adds a source (or returns the existing one with the same URL) and queues its URL.
     *
     * @param kind          page, feed or sitemap; null guesses from the URL, and the fetched content corrects it
     * @param prefix        only URLs starting with this are followed; null stays on the source's host
     * @param maxDepth      links followed at most this many hops from the source (0: the source URL only)
     * @param articlePattern a regular expression found in article URLs; null stores every page
     * @throws IllegalArgumentException with a message saying what is wrong (URL policy, kind, pattern, depth)
     */
    public Source addSource(String url, String kind, String prefix, int maxDepth, String articlePattern) {
        policy.check(url).ifPresent(reason -> {
            throw new IllegalArgumentException(reason);
        });
        String normalized = UrlNormalizer.normalize(url)
                .orElseThrow(() -> new IllegalArgumentException("'" + url + "' is not a URL that can be crawled"));
        String normalizedPrefix = null;
        if (prefix != null && !prefix.isBlank()) {
            normalizedPrefix = UrlNormalizer.normalize(prefix).orElseThrow(() -> new IllegalArgumentException(
                    "the prefix '" + prefix + "' must be an http(s) URL such as https://example.com/news/"));
        }
        if (maxDepth < 0) {
            throw new IllegalArgumentException("the maximum depth must be 0 or more, not " + maxDepth);
        }
        Scope.compile(articlePattern);
        SourceKind k = kind == null || kind.isBlank() ? SourceKind.guess(normalized) : SourceKind.parse(kind);
        Source s = db.sources().add(normalized, k.dbName(), normalizedPrefix, maxDepth,
                articlePattern == null || articlePattern.isBlank() ? null : articlePattern);
        frontier.enqueue(normalized, s.id(), 0, Instant.now());
        register(UrlNormalizer.origin(normalized));
        return s;
    }

    /** The seeds in a file: one URL a line; blank lines and lines starting with # are skipped. */
    public static List<String> readSeeds(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .toList();
    }

    /** Puts every feed and sitemap source back in the queue, due now; returns how many. */
    public int recheckSources() {
        int n = 0;
        for (Source s : db.sources().all()) {
            if (!s.kind().equals("page")) {
                frontier.requeue(s.url(), Instant.now());
                HostSlot slot = register(UrlNormalizer.origin(s.url()));
                synchronized (lock) {
                    slot.refresh();
                }
                n++;
            }
        }
        step.forgetSources();
        return n;
    }

    /**
     * Crawls until nothing in the frontier is due (retries due within {@link CrawlConfig#maxIdleWait()} are
     * waited for), until {@code maxTime} is up, or until {@link #stop()}. Fetches under way are finished and
     * recorded before it returns.
     *
     * @param maxTime  null for no limit
     * @param progress receives a snapshot a few times a second and once at the end; may be null
     */
    public CrawlSummary run(Duration maxTime, Consumer<CrawlProgress> progress) {
        if (!running.compareAndSet(false, true)) {
            throw new IllegalStateException("this crawler is already running");
        }
        stopRequested = false;
        try (WalKeeper keeper = openIdleConnection()) {
            return crawl(maxTime, progress);
        } finally {
            running.set(false);
        }
    }

    /**
     * Runs, then every {@link CrawlConfig#watchInterval()} re-queues the feeds and sitemaps and runs again,
     * until {@link #stop()} or the thread is interrupted.
     */
    public void watch(Consumer<CrawlProgress> progress) {
        stopRequested = false;
        while (!stopRequested && !Thread.currentThread().isInterrupted()) {
            recheckSources();
            if (!running.compareAndSet(false, true)) {
                throw new IllegalStateException("this crawler is already running");
            }
            try (WalKeeper keeper = openIdleConnection()) {
                crawl(null, progress);
            } finally {
                running.set(false);
            }
            Instant next = Instant.now().plus(cfg.watchInterval());
            synchronized (lock) {
                while (!stopRequested && Instant.now().isBefore(next)) {
                    try {
                        lock.wait(Math.max(1, Duration.between(Instant.now(), next).toMillis()));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        }
    }

    /** Asks a run or a watch to stop: no new fetches start, those under way are finished and recorded. */
    public void stop() {
        stopRequested = true;
        synchronized (lock) {
            lock.notifyAll();
        }
    }

    private CrawlSummary crawl(Duration maxTime, Consumer<CrawlProgress> progress) {
        Instant start = Instant.now();
        Instant deadline = maxTime == null ? null : start.plus(maxTime);
        // Entries a killed run left in 'fetching' were never recorded: fetch them again.
        frontier.resetFetching(start);
        frontier.queuedOrigins().forEach(this::register);
        slots.values().forEach(HostSlot::refresh);
        RunTally tally = new RunTally();
        ProgressGate gate = new ProgressGate(progress, tally, start);
        AtomicInteger inFlight = new AtomicInteger();
        ExecutorService hostThreads = new ThreadPoolExecutor(cfg.parallelHosts(), cfg.parallelHosts(), 30, TimeUnit.SECONDS,
                new java.util.concurrent.LinkedBlockingQueue<>(), named("specledger-crawl-"));
        int cores = Math.max(2, Runtime.getRuntime().availableProcessors());
        // Bounded: when storing falls behind, the host thread stores the page itself (back-pressure).
        ExecutorService ingestThreads = new ThreadPoolExecutor(cores, cores, 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(cores * 4), named("specledger-ingest-"), new ThreadPoolExecutor.CallerRunsPolicy());
        boolean stoppedEarly = false;
        try {
            synchronized (lock) {
                while (true) {
                    if (stopRequested || Thread.currentThread().isInterrupted()
                            || (deadline != null && Instant.now().isAfter(deadline))) {
                        stoppedEarly = true;
                        break;
                    }
                    Instant now = Instant.now();
                    boolean started = false;
                    for (HostSlot slot : slots.values()) {
                        if (inFlight.get() >= cfg.parallelHosts()) {
                            break;
                        }
                        if (!slot.ready(now)) {
                            continue;
                        }
                        FrontierEntry e = slot.next(frontier, now);
                        if (e == null || !frontier.claim(e.id())) {
                            continue;
                        }
                        slot.busy = true;
                        inFlight.incrementAndGet();
                        started = true;
                        AtomicBoolean hostReleased = new AtomicBoolean();
                        hostThreads.execute(() -> step.process(e, slot, tally, task -> {
                            release(slot, hostReleased);
                            ingestThreads.execute(task);
                        }, () -> {
                            release(slot, hostReleased);
                            synchronized (lock) {
                                inFlight.decrementAndGet();
                                lock.notifyAll();
                            }
                            gate.offer(false);
                        }));
                    }
                    if (!started && inFlight.get() == 0 && !workAhead(now)) {
                        break;
                    }
                    lock.wait(started ? 1 : 20);
                }
                while (inFlight.get() > 0) {
                    lock.wait(50);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stoppedEarly = true;
            awaitQuietly(inFlight);
        } finally {
            hostThreads.shutdown();
            ingestThreads.shutdown();
        }
        Duration elapsed = Duration.between(start, Instant.now());
        int queued = frontier.counts().getOrDefault("queued", 0);
        gate.offer(true);
        return tally.summary(queued, elapsed, stoppedEarly);
    }

    /**
     * An idle connection held for the whole run. The repositories open a connection per call; when the last
     * connection to a WAL database closes, SQLite checkpoints the log into the database and deletes it, with
     * an fsync each time: measured here at about 11 ms per commit, against 0.2 ms while another connection
     * stays open. Holds nothing when it cannot be opened (the crawl works, only slower).
     */
    private WalKeeper openIdleConnection() {
        try {
            return new WalKeeper(db.dataSource().getConnection());
        } catch (SQLException e) {
            return new WalKeeper(null);
        }
    }

    private record WalKeeper(Connection connection) implements AutoCloseable {
        @Override
        public void close() {
            if (connection != null) {
                try {
                    connection.close();
                } catch (SQLException ignored) {
                    // nothing was written on it
                }
            }
        }
    }

    /** Frees the host for its next request once the response is in (storing may still be under way). */
    private void release(HostSlot slot, AtomicBoolean released) {
        if (released.compareAndSet(false, true)) {
            synchronized (lock) {
                slot.readyAt = Instant.now().plus(slot.delay);
                slot.busy = false;
                lock.notifyAll();
            }
        }
    }

    /** True when a queued entry becomes due within maxIdleWait (then the run waits for it). */
    private boolean workAhead(Instant now) {
        Optional<Instant> next = frontier.nextDue();
        if (next.isEmpty() || next.get().isAfter(now.plus(cfg.maxIdleWait()))) {
            return false;
        }
        if (!next.get().isAfter(now)) {
            // Due now but no slot took it: an origin this run has not seen (another process queued it).
            frontier.queuedOrigins().forEach(this::register);
        }
        return true;
    }

    private void awaitQuietly(AtomicInteger inFlight) {
        long until = System.nanoTime() + cfg.readTimeout().toNanos() * 2;
        while (inFlight.get() > 0 && System.nanoTime() < until) {
            Thread.onSpinWait();
        }
    }

    private HostSlot register(String origin) {
        return slots.computeIfAbsent(origin, o -> new HostSlot(o, cfg));
    }

    private static java.util.concurrent.ThreadFactory named(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** Delivers progress at most every 250 ms, and once at the end. */
    private final class ProgressGate {
        private final Consumer<CrawlProgress> listener;
        private final RunTally tally;
        private final Instant start;
        private long lastNanos;

        ProgressGate(Consumer<CrawlProgress> listener, RunTally tally, Instant start) {
            this.listener = listener == null ? p -> { } : listener;
            this.tally = tally;
            this.start = start;
        }

        synchronized void offer(boolean last) {
            long now = System.nanoTime();
            if (!last && now - lastNanos < 250_000_000L) {
                return;
            }
            lastNanos = now;
            int queued = frontier.counts().getOrDefault("queued", 0);
            listener.accept(tally.progress(queued, Duration.between(start, Instant.now())));
        }
    }

    @Override
    public void close() {
        stop();
        fetcher.close();
    }
}
