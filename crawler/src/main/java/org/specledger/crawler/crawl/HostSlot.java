package org.specledger.crawler.crawl;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.specledger.crawler.frontier.UrlNormalizer;
import org.specledger.db.FrontierEntry;
import org.specledger.db.FrontierRepository;

/**
 * The politeness state of one origin: how many fetches are under way (one, or
 * {@link CrawlConfig#loopbackConnections()} for a host on this machine), when the next may start, and the
 * entries already claimed for it. The claimed entries are touched by the scheduler thread only; the counters
 * are guarded by this object.
 */
final class HostSlot {
    /**
     * Entries claimed at once for an origin without a delay (a loopback benchmark): one commit for many URLs.
     * An origin with a delay claims one at a time, so that a stop or another crawler finds the rest queued.
     */
    private static final int CLAIM_BATCH = 64;
    /** How long an origin with nothing due is left alone before the frontier is asked again. */
    private static final Duration RECHECK = Duration.ofMillis(250);

    final String origin;
    final String host;
    /** The configured delay for this host (loopback or not); robots.txt Crawl-delay replaces it. */
    final Duration baseDelay;
    /** Fetches at the same time: 1 except for loopback hosts. */
    final int connections;
    volatile Duration delay;
    private int active;
    private Instant readyAt = Instant.EPOCH;
    private Instant recheckAt = Instant.EPOCH;
    private volatile boolean poked;
    private final Deque<FrontierEntry> claimed = new ArrayDeque<>();

    HostSlot(String origin, CrawlConfig cfg) {
        this.origin = origin;
        this.host = UrlNormalizer.host(origin + "/");
        boolean loopback = isLoopback(host);
        this.baseDelay = loopback ? cfg.loopbackDelay() : cfg.hostDelay();
        this.connections = loopback ? cfg.loopbackConnections() : 1;
        this.delay = baseDelay;
    }

    private static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host.replace("[", "").replace("]", "")).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** True when another fetch may start now (a connection is free and the delay has passed). */
    synchronized boolean ready(Instant now) {
        return active < connections && !readyAt.isAfter(now);
    }

    /**
     * The next claimed entry, claiming a batch from the frontier when none is left; null when nothing is due
     * (then the origin rests a moment). Scheduler thread only.
     */
    FrontierEntry next(FrontierRepository frontier, Instant now) {
        if (claimed.isEmpty()) {
            if (poked) {
                poked = false;
                recheckAt = Instant.EPOCH;
            }
            if (recheckAt.isAfter(now)) {
                return null;
            }
            claimed.addAll(frontier.claimDue(origin, now, delay.isZero() ? CLAIM_BATCH : 1));
            if (claimed.isEmpty()) {
                recheckAt = now.plus(RECHECK);
                return null;
            }
        }
        return claimed.poll();
    }

    /** True when entries are claimed but not started. Scheduler thread only. */
    boolean holdsClaims() {
        return !claimed.isEmpty();
    }

    /** The claimed entries not started, forgotten here; the caller gives them back to the frontier. */
    List<Long> unclaim() {
        List<Long> ids = new ArrayList<>();
        claimed.forEach(e -> ids.add(e.id()));
        claimed.clear();
        return ids;
    }

    synchronized void started() {
        active++;
    }

    /** A fetch is done with the host (storing may still be under way): the next may start after the delay. */
    synchronized void finished() {
        active--;
        readyAt = Instant.now().plus(delay);
    }

    /** Ask the frontier again at once (new URLs were queued for this origin, or sources were re-queued). */
    void refresh() {
        poked = true;
    }
}
