package org.specledger.crawler.crawl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import org.specledger.crawler.discovery.SourceKind;
import org.specledger.crawler.fetch.Fetcher;
import org.specledger.crawler.fetch.UrlPolicy;
import org.specledger.crawler.frontier.Scope;
import org.specledger.crawler.frontier.UrlNormalizer;
import org.specledger.ingest.Ingester;
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
 * time (a host on this machine by up to {@link CrawlConfig#loopbackConnections()}, for benchmarks), with the
 * host's delay between two requests. Fetching runs on I/O threads; storing an article (extraction, claims,
 * database, index listeners) runs on a pool of one thread per core, so that a slow page does not hold up its
 * host. Claims on the frontier and the bookkeeping of each URL (its ending, its links, the crawl log, source
 * counters) are written in batches ({@link CrawlJournal}); a killed run loses at most the last batch, whose
 * URLs are fetched again on the next start and recognised as unchanged.
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
    private final CrawlJournal journal;
    private final Map<String, HostSlot> slots = new ConcurrentHashMap<>();
    private final Object lock = new Object();
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile boolean stopRequested;
    /** The thread running the scheduler loop, woken by {@link #signal()}. */
    private volatile Thread scheduler;

    public Crawler(Database db, Ingester ingester, CrawlConfig cfg) {
        this.db = db;
        this.cfg = cfg;
        this.frontier = db.frontier();
        this.policy = new UrlPolicy(cfg.allowPrivateAddresses());
        this.fetcher = new Fetcher(cfg.userAgent(), cfg.connectTimeout(), cfg.readTimeout(), cfg.maxBytes(),
                cfg.maxRedirects(), policy);
        RobotsCache robots = new RobotsCache(fetcher, CrawlConfig.ROBOTS_TOKEN, cfg.robotsTtl(), cfg.robotsRetry(),
                Clock.systemUTC());
        this.journal = new CrawlJournal(frontier, db.sources(), this::queued);
        this.step = new UrlStep(cfg, db, fetcher, robots, ingester, journal);
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
        register(UrlNormalizer.origin(normalized)).refresh();
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
                register(UrlNormalizer.origin(s.url())).refresh();
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
        try {
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
            try {
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
        signal();
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
        // Fetches under way (a connection each), and entries whose ending is not recorded yet (being fetched,
        // or waiting to be stored).
        AtomicInteger fetching = new AtomicInteger();
        AtomicInteger unended = new AtomicInteger();
        int maxFetches = cfg.parallelHosts() + cfg.loopbackConnections() - 1;
        ExecutorService fetchThreads = new ThreadPoolExecutor(maxFetches, maxFetches, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), named("specledger-crawl-"));
        int cores = Math.max(2, Runtime.getRuntime().availableProcessors());
        ExecutorService ingestThreads = new ThreadPoolExecutor(cores, cores, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), named("specledger-ingest-"));
        // Back-pressure: when storing falls behind, a fetch thread waits (holding its host) for room instead of
        // piling pages up in memory.
        Semaphore ingestRoom = new Semaphore(cores * 4);
        boolean stoppedEarly = false;
        scheduler = Thread.currentThread();
        try {
            while (true) {
                if (stopRequested || Thread.currentThread().isInterrupted()
                        || (deadline != null && Instant.now().isAfter(deadline))) {
                    stoppedEarly = true;
                    break;
                }
                journal.flushIfDue();
                Instant now = Instant.now();
                boolean started = false;
                for (HostSlot slot : slots.values()) {
                    while (fetching.get() < maxFetches && slot.ready(now)) {
                        if (!slot.holdsClaims() && journal.hasWaitingUrls()) {
                            // the links found since the last batch are not in the frontier yet
                            journal.tryFlush();
                        }
                        FrontierEntry e = slot.next(frontier, now);
                        if (e == null) {
                            break;
                        }
                        slot.started();
                        fetching.incrementAndGet();
                        unended.incrementAndGet();
                        started = true;
                        AtomicBoolean hostReleased = new AtomicBoolean();
                        Runnable releaseHost = () -> {
                            if (hostReleased.compareAndSet(false, true)) {
                                slot.finished();
                                fetching.decrementAndGet();
                                signal();
                            }
                        };
                        fetchThreads.execute(() -> step.process(e, slot, tally, task -> {
                            ingestRoom.acquireUninterruptibly();
                            releaseHost.run();
                            ingestThreads.execute(() -> {
                                try {
                                    task.run();
                                } finally {
                                    ingestRoom.release();
                                }
                            });
                        }, () -> {
                            releaseHost.run();
                            unended.decrementAndGet();
                            signal();
                            gate.offer(false);
                        }));
                    }
                }
                if (!started && unended.get() == 0 && !anyClaims()) {
                    // everything found so far must be in the frontier before deciding that nothing is left
                    journal.flush();
                    if (!workAhead(now)) {
                        break;
                    }
                }
                awaitSignal(20);
            }
            while (unended.get() > 0) {
                awaitSignal(50);
            }
        } catch (InterruptedException e) {
            stoppedEarly = true;
            awaitQuietly(unended);
        } finally {
            scheduler = null;
            fetchThreads.shutdown();
            ingestThreads.shutdown();
            List<Long> unstarted = new ArrayList<>();
            slots.values().forEach(slot -> unstarted.addAll(slot.unclaim()));
            frontier.release(unstarted);
        }
        journal.flush();
        Duration elapsed = Duration.between(start, Instant.now());
        int queued = frontier.counts().getOrDefault("queued", 0);
        gate.offer(true);
        return tally.summary(queued, elapsed, stoppedEarly);
    }

    private boolean anyClaims() {
        for (HostSlot slot : slots.values()) {
            if (slot.holdsClaims()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Wakes the scheduler: a connection became free or an entry ended. A park permit rather than a monitor:
     * with a monitor, the worker threads queued up on it at every page (seen in a profile of the benchmark).
     */
    private void signal() {
        Thread t = scheduler;
        if (t != null) {
            LockSupport.unpark(t);
        }
    }

    /** Waits for a {@link #signal()} (one given since the last wait counts), at most {@code millis}. */
    private static void awaitSignal(long millis) throws InterruptedException {
        LockSupport.parkNanos(millis * 1_000_000L);
        if (Thread.interrupted()) {
            throw new InterruptedException();
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

    /**
     * After an interrupt: waits for the entries under way to be recorded, at most twice the read timeout, then
     * sets the interrupt flag again for the caller.
     */
    private void awaitQuietly(AtomicInteger unended) {
        long until = System.nanoTime() + cfg.readTimeout().toNanos() * 2;
        Thread.interrupted();
        while (unended.get() > 0 && System.nanoTime() < until) {
            LockSupport.parkNanos(5_000_000L);
        }
        Thread.currentThread().interrupt();
    }

    private HostSlot register(String origin) {
        return slots.computeIfAbsent(origin, o -> new HostSlot(o, cfg));
    }

    /** After a batch is written: the origins of new URLs are asked again at once. */
    private void queued(List<String> urls) {
        Set<String> origins = new HashSet<>();
        for (String u : urls) {
            origins.add(UrlNormalizer.origin(u));
        }
        origins.forEach(o -> register(o).refresh());
        signal();
    }

    private static java.util.concurrent.ThreadFactory named(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** Delivers progress at most every 250 ms, and once at the end; costs a page nothing when no one listens. */
    private final class ProgressGate {
        private final Consumer<CrawlProgress> listener;
        private final RunTally tally;
        private final Instant start;
        private final AtomicLong lastNanos = new AtomicLong(System.nanoTime());
        private boolean finished;

        ProgressGate(Consumer<CrawlProgress> listener, RunTally tally, Instant start) {
            this.listener = listener;
            this.tally = tally;
            this.start = start;
        }

        void offer(boolean last) {
            if (listener == null) {
                return;
            }
            long now = System.nanoTime();
            long before = lastNanos.get();
            if (!last && (now - before < 250_000_000L || !lastNanos.compareAndSet(before, now))) {
                return;
            }
            // delivered one at a time, and nothing after the last one
            synchronized (this) {
                if (finished) {
                    return;
                }
                finished = last;
                int queued = frontier.counts().getOrDefault("queued", 0);
                listener.accept(tally.progress(queued, Duration.between(start, Instant.now())));
            }
        }
    }

    @Override
    public void close() {
        stop();
        fetcher.close();
    }
}
