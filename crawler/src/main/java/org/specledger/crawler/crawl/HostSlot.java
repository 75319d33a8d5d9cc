package org.specledger.crawler.crawl;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import org.specledger.crawler.frontier.UrlNormalizer;
import org.specledger.db.FrontierEntry;
import org.specledger.db.FrontierRepository;

/**
 * The politeness state of one origin: whether a fetch is under way (at most one), when the next may start,
 * and a small buffer of its due entries so that the scheduler does not ask the database for every URL.
 * Guarded by the scheduler's lock.
 */
final class HostSlot {
    /** Entries read from the frontier at once for one origin. */
    private static final int BUFFER = 200;
    /** How long an origin with nothing due is left alone before the frontier is asked again. */
    private static final Duration RECHECK = Duration.ofMillis(250);

    final String origin;
    final String host;
    /** The configured delay for this host (loopback or not); robots.txt Crawl-delay replaces it. */
    final Duration baseDelay;
    volatile Duration delay;
    boolean busy;
    Instant readyAt = Instant.EPOCH;
    private Instant recheckAt = Instant.EPOCH;
    private final Deque<FrontierEntry> buffer = new ArrayDeque<>();

    HostSlot(String origin, CrawlConfig cfg) {
        this.origin = origin;
        this.host = UrlNormalizer.host(origin + "/");
        this.baseDelay = isLoopback(host) ? cfg.loopbackDelay() : cfg.hostDelay();
        this.delay = baseDelay;
    }

    private static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host.replace("[", "").replace("]", "")).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** True when a fetch may start now. */
    boolean ready(Instant now) {
        return !busy && !readyAt.isAfter(now) && (!buffer.isEmpty() || !recheckAt.isAfter(now));
    }

    /** The next due entry of this origin, or null when none is due (then the origin rests a moment). */
    FrontierEntry next(FrontierRepository frontier, Instant now) {
        if (buffer.isEmpty()) {
            buffer.addAll(frontier.dueFrom(origin, now, BUFFER));
            if (buffer.isEmpty()) {
                recheckAt = now.plus(RECHECK);
                return null;
            }
        }
        return buffer.poll();
    }

    /** Forget buffered entries and ask the frontier again at once (after a re-queue). */
    void refresh() {
        buffer.clear();
        recheckAt = Instant.EPOCH;
    }
}
