package org.specledger.web.api;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Requests per client address per minute, counted in fixed one-minute windows. Javalin's bundled
 * RateLimitPlugin answers with its own body and no {@code Retry-After}; the API promises its JSON error body
 * and the header (RFC 6585 §4), so the count is kept here.
 */
final class ClientRateLimiter {
    private static final long WINDOW_MS = 60_000;
    /** Past this many tracked addresses, windows that have ended are dropped. */
    private static final int PRUNE_AT = 10_000;

    private final int perMinute;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    private record Window(long start, int count) {
    }

    /** @param perMinute requests allowed per address per minute; 0 turns the limit off */
    ClientRateLimiter(int perMinute, Clock clock) {
        this.perMinute = perMinute;
        this.clock = clock;
    }

    /** Counts one request; returns 0 when it is allowed, else the seconds until the address may ask again. */
    long acquire(String address) {
        if (perMinute == 0) {
            return 0;
        }
        long now = clock.millis();
        if (windows.size() > PRUNE_AT) {
            windows.values().removeIf(w -> now - w.start() >= WINDOW_MS);
        }
        Window w = windows.compute(address, (k, old) -> old == null || now - old.start() >= WINDOW_MS
                ? new Window(now, 1) : new Window(old.start(), old.count() + 1));
        if (w.count() <= perMinute) {
            return 0;
        }
        return Math.max(1, (w.start() + WINDOW_MS - now + 999) / 1000);
    }
}
