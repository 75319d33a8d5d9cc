package org.specledger.crawler.crawl;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.specledger.crawler.fetch.Fetcher;
import org.specledger.crawler.fetch.UrlPolicy;
import org.specledger.ingest.Ingester;
import org.specledger.crawler.robots.RobotsCache;
import org.specledger.db.Database;
import org.specledger.db.FrontierRepository;
import org.specledger.db.FrontierRepository.Lease;

/**
 * One crawl worker of many ({@code specledger crawl --worker}), on any machine, sharing one PostgreSQL frontier
 * with the others. Each of its threads loops: lease a due URL on a host no worker is fetching from
 * ({@link FrontierRepository#leaseNext}), fetch and store it as the single-process crawler does ({@link UrlStep}),
 * write its ending and links at once, and give the host back with its next allowed time (now + the host's delay,
 * or robots.txt's Crawl-delay). Politeness therefore holds across workers; robots.txt is cached per host in each
 * worker.
 *
 * <p>A worker killed at any point loses nothing: its leased URLs stay 'fetching' until their lease runs out and
 * then any worker takes them again; a page fetched twice that way is stored once (the database keys documents by
 * URL and text). A worker stops when nothing is due within {@link CrawlConfig#maxIdleWait()} and no other worker
 * holds a live lease (it could still queue links), at {@code maxTime}, or at {@link #stop()}.
 */
public final class Worker implements AutoCloseable {
    private final FrontierRepository frontier;
    private final CrawlConfig cfg;
    private final Fetcher fetcher;
    private final UrlStep step;
    private final CrawlJournal journal;
    private final String id;
    private final Duration urlLease;
    private final Duration hostLease;
    private final AtomicBoolean stopRequested = new AtomicBoolean();

    /**
     * @param id       this worker's name in the database (e.g. host:pid), for leases and the operator
     * @param urlLease how long a leased URL stays this worker's before others may take it
     */
    public Worker(Database db, Ingester ingester, CrawlConfig cfg, String id, Duration urlLease) {
        this.frontier = db.frontier();
        this.cfg = cfg;
        this.id = id;
        this.urlLease = urlLease;
        // A host stays leased while a request may still run: connect + read timeouts, plus a margin.
        this.hostLease = cfg.connectTimeout().plus(cfg.readTimeout()).plusSeconds(5).compareTo(urlLease) < 0
                ? cfg.connectTimeout().plus(cfg.readTimeout()).plusSeconds(5) : urlLease;
        UrlPolicy policy = new UrlPolicy(cfg.allowPrivateAddresses());
        this.fetcher = new Fetcher(cfg.userAgent(), cfg.connectTimeout(), cfg.readTimeout(), cfg.maxBytes(),
                cfg.maxRedirects(), policy);
        RobotsCache robots = new RobotsCache(fetcher, CrawlConfig.ROBOTS_TOKEN, cfg.robotsTtl(), cfg.robotsRetry(),
                Clock.systemUTC());
        this.journal = new CrawlJournal(frontier, db.sources(), urls -> { });
        this.step = new UrlStep(cfg, db, fetcher, robots, ingester, journal);
    }

    /**
     * Crawls with {@link CrawlConfig#parallelHosts()} threads until nothing is left for any worker, {@code maxTime}
     * is up, or {@link #stop()}.
     */
    public CrawlSummary run(Duration maxTime, Consumer<CrawlProgress> progress) {
        Instant start = Instant.now();
        Instant deadline = maxTime == null ? null : start.plus(maxTime);
        RunTally tally = new RunTally();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < Math.max(1, cfg.parallelHosts()); i++) {
            Thread t = new Thread(() -> loop(deadline, tally), "specledger-worker-" + (i + 1));
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
        boolean stoppedEarly = false;
        for (Thread t : threads) {
            while (t.isAlive()) {
                try {
                    t.join(250);
                } catch (InterruptedException e) {
                    stop();
                    stoppedEarly = true;
                }
                if (progress != null) {
                    progress.accept(tally.progress(frontier.counts().getOrDefault("queued", 0),
                            Duration.between(start, Instant.now())));
                }
            }
        }
        journal.flush();
        stoppedEarly = stoppedEarly || stopRequested.get() || (deadline != null && Instant.now().isAfter(deadline));
        return tally.summary(frontier.counts().getOrDefault("queued", 0), Duration.between(start, Instant.now()),
                stoppedEarly);
    }

    private void loop(Instant deadline, RunTally tally) {
        long idleSince = -1;
        while (!stopRequested.get() && (deadline == null || Instant.now().isBefore(deadline))) {
            Instant now = Instant.now();
            Optional<Lease> lease = frontier.leaseNext(id, now, urlLease, hostLease);
            if (lease.isEmpty()) {
                if (idleSince < 0) {
                    idleSince = System.nanoTime();
                }
                if (nothingLeft(now) && System.nanoTime() - idleSince > Duration.ofSeconds(1).toNanos()) {
                    return;
                }
                sleep(50);
                continue;
            }
            idleSince = -1;
            Lease l = lease.get();
            HostSlot slot = new HostSlot(l.origin(), cfg);
            try {
                step.process(l.entry(), slot, tally, Runnable::run, () -> { });
                journal.flush();
            } finally {
                frontier.releaseHost(l.origin(), id, Instant.now().plus(slot.delay));
            }
        }
    }

    /** True when nothing is due soon and no URL is under a lease (live: may queue links; run out: to redo). */
    private boolean nothingLeft(Instant now) {
        Optional<Instant> next = frontier.nextDue();
        boolean dueSoon = next.isPresent() && !next.get().isAfter(now.plus(cfg.maxIdleWait()));
        return !dueSoon && frontier.leased() == 0;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Asks the worker to stop: no new leases; URLs under way are finished and recorded. */
    public void stop() {
        stopRequested.set(true);
    }

    @Override
    public void close() {
        stop();
        fetcher.close();
    }
}
