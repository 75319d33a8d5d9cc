package org.specledger.crawler.crawl;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.specledger.db.FrontierRepository;
import org.specledger.db.FrontierRepository.Ending;
import org.specledger.db.FrontierRepository.NewUrl;
import org.specledger.db.SourceRepository;
import org.specledger.db.SourceRepository.FetchCounts;
import org.specledger.db.SourceRepository.NewLogLine;
import org.specledger.db.StoreException;

/**
 * The bookkeeping of a run, written in batches: how each entry ended, the links found on fetched pages, crawl
 * log lines and source counters wait in memory and are written in two transactions once
 * {@value #FLUSH_ENDINGS} endings are waiting or the oldest has waited {@link #FLUSH_INTERVAL}, when the
 * scheduler needs the queued links, and at the end of a run. Writing them one by one cost about six commits
 * per page (measured: 142 pages/s on the loopback benchmark, most of it in SQLite).
 *
 * <p>Why this stays correct: an entry is claimed ('fetching') before it is fetched, and only its ending moves
 * it on, so an entry whose ending is still waiting here cannot be claimed twice. A page's links are added
 * before its ending, so a written ending always has its links written with it or earlier. A killed process
 * loses at most the waiting batch: those entries are still 'fetching' and are fetched again on the next start
 * ({@link FrontierRepository#resetFetching}), where the Ingester finds the same text and stores nothing twice.
 *
 * <p>Thread-safe: fetch and ingest threads add, any of them may write a batch (one at a time).
 */
final class CrawlJournal {
    /** Endings that make a batch. */
    static final int FLUSH_ENDINGS = 64;
    /** The longest an ending waits before it is written. */
    static final Duration FLUSH_INTERVAL = Duration.ofSeconds(1);

    private final FrontierRepository frontier;
    private final SourceRepository sources;
    private final Consumer<List<String>> newUrls;
    /** Guards the buffers below; held only to add or to swap them, never while writing. */
    private final Object buffers = new Object();
    /** One batch written at a time, in the order the batches were taken. */
    private final ReentrantLock writing = new ReentrantLock();
    private List<Ending> endings = new ArrayList<>();
    private Map<String, NewUrl> urls = new LinkedHashMap<>();
    private List<NewLogLine> lines = new ArrayList<>();
    private Map<Long, FetchCounts> counts = new LinkedHashMap<>();
    private long oldestNanos;

    /** @param newUrls receives the URLs that were new to the frontier after each batch is written */
    CrawlJournal(FrontierRepository frontier, SourceRepository sources, Consumer<List<String>> newUrls) {
        this.frontier = frontier;
        this.sources = sources;
        this.newUrls = newUrls;
    }

    /** Queues links (unless already known) with the next batch. */
    void queue(Collection<String> found, Long sourceId, int depth) {
        if (found.isEmpty()) {
            return;
        }
        Instant now = Instant.now();
        synchronized (buffers) {
            started();
            for (String u : found) {
                urls.putIfAbsent(u, new NewUrl(u, sourceId, depth, now));
            }
        }
    }

    /** Records how an entry ended, with its crawl log line and its source's counters; may write a batch. */
    void end(Ending ending, Long sourceId, String url, String event, String logMessage, Boolean fetchOk, String error) {
        boolean full;
        synchronized (buffers) {
            started();
            endings.add(ending);
            lines.add(new NewLogLine(ending.at(), sourceId, url, event, ending.status(), logMessage));
            if (sourceId != null && fetchOk != null) {
                counts.merge(sourceId, new FetchCounts(sourceId, fetchOk ? 1 : 0, fetchOk ? 0 : 1, fetchOk ? null : error,
                        ending.at()), CrawlJournal::add);
            }
            full = endings.size() >= FLUSH_ENDINGS;
        }
        if (full) {
            tryFlush();
        }
    }

    /** A crawl log line that ends nothing ("truncated", "waiting"). */
    void log(Long sourceId, String url, String event, Integer status, String message) {
        synchronized (buffers) {
            started();
            lines.add(new NewLogLine(Instant.now(), sourceId, url, event, status, message));
        }
    }

    /** True when links are waiting to be queued (then the frontier does not show all of the work yet). */
    boolean hasWaitingUrls() {
        synchronized (buffers) {
            return !urls.isEmpty();
        }
    }

    /** Writes the waiting batch when it is older than {@link #FLUSH_INTERVAL}. */
    void flushIfDue() {
        boolean due;
        synchronized (buffers) {
            due = !isEmpty() && System.nanoTime() - oldestNanos >= FLUSH_INTERVAL.toNanos();
        }
        if (due) {
            tryFlush();
        }
    }

    /** Writes the waiting batch, keeping it for the next try when the database refuses (the run goes on). */
    void tryFlush() {
        try {
            flush();
        } catch (StoreException e) {
            // kept: the next flush writes it, and the last one of the run reports the failure
        }
    }

    /**
     * Writes everything waiting now.
     *
     * @throws StoreException when the database refuses; the batch is kept for the next flush
     */
    void flush() {
        writing.lock();
        try {
            List<Ending> e;
            Map<String, NewUrl> u;
            List<NewLogLine> l;
            Map<Long, FetchCounts> c;
            synchronized (buffers) {
                if (isEmpty()) {
                    return;
                }
                e = endings;
                u = urls;
                l = lines;
                c = counts;
                endings = new ArrayList<>();
                urls = new LinkedHashMap<>();
                lines = new ArrayList<>();
                counts = new LinkedHashMap<>();
            }
            List<String> added;
            try {
                added = frontier.record(e, u.values());
            } catch (StoreException ex) {
                putBack(e, u, l, c);
                throw ex;
            }
            try {
                sources.record(l, c.values());
            } catch (StoreException ex) {
                putBack(List.of(), Map.of(), l, c);
                throw ex;
            }
            if (!added.isEmpty()) {
                newUrls.accept(added);
            }
        } finally {
            writing.unlock();
        }
    }

    private void putBack(List<Ending> e, Map<String, NewUrl> u, List<NewLogLine> l, Map<Long, FetchCounts> c) {
        synchronized (buffers) {
            started();
            endings.addAll(0, e);
            Map<String, NewUrl> merged = new LinkedHashMap<>(u);
            merged.putAll(urls);
            urls = merged;
            lines.addAll(0, l);
            c.values().forEach(f -> counts.merge(f.sourceId(), f, CrawlJournal::add));
        }
    }

    private boolean isEmpty() {
        return endings.isEmpty() && urls.isEmpty() && lines.isEmpty() && counts.isEmpty();
    }

    private void started() {
        if (isEmpty()) {
            oldestNanos = System.nanoTime();
        }
    }

    /** Two tallies of one source; the later error wins. */
    private static FetchCounts add(FetchCounts a, FetchCounts b) {
        return new FetchCounts(a.sourceId(), a.ok() + b.ok(), a.errors() + b.errors(),
                b.lastError() != null ? b.lastError() : a.lastError(),
                b.lastFetchAt().isAfter(a.lastFetchAt()) ? b.lastFetchAt() : a.lastFetchAt());
    }
}
