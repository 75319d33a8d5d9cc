package org.specledger.crawler.robots;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.specledger.crawler.fetch.FetchResult;
import org.specledger.crawler.fetch.Fetcher;
import org.specledger.crawler.frontier.UrlNormalizer;

/**
 * robots.txt per origin, as RFC 9309 asks: fetched from {@code /robots.txt} of the URL's scheme, host and
 * port (§2.3), redirects followed (§2.3.1.2, at least five), parsed by crawler-commons for our product token,
 * and cached for at most {@code ttl} (§2.4 says a crawler SHOULD NOT use a cached copy for more than 24
 * hours). A 4xx means no rules, so everything is allowed (§2.3.1.3); a 5xx or an unreachable server means
 * complete disallow (§2.3.1.4), so the URL waits and robots.txt is asked again after {@code retryAfter}.
 *
 * <p>Thread-safe; robots.txt of an origin is fetched once even when several threads ask at the same time.
 */
public final class RobotsCache {
    private final Fetcher fetcher;
    private final String agentToken;
    private final Duration ttl;
    private final Duration retryAfter;
    private final Clock clock;
    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    private final Map<String, Entry> byOrigin = new ConcurrentHashMap<>();
    private final Map<String, Object> loading = new ConcurrentHashMap<>();

    private record Entry(BaseRobotRules rules, Instant expires, boolean unavailable, String problem) {
    }

    /**
     * @param agentToken the product token matched against User-agent lines ("specledger")
     * @param ttl        how long fetched rules are kept
     * @param retryAfter how long to wait before asking again when robots.txt is unavailable (5xx, unreachable)
     */
    public RobotsCache(Fetcher fetcher, String agentToken, Duration ttl, Duration retryAfter, Clock clock) {
        this.fetcher = fetcher;
        this.agentToken = agentToken;
        this.ttl = ttl;
        this.retryAfter = retryAfter;
        this.clock = clock;
    }

    /** The verdict for a normalized URL, fetching the origin's robots.txt when it is not cached. */
    public RobotsVerdict check(String normalizedUrl) {
        String origin = UrlNormalizer.origin(normalizedUrl);
        Instant now = clock.instant();
        Entry e = byOrigin.get(origin);
        boolean fetched = false;
        if (e == null || !e.expires().isAfter(now)) {
            // A host on this machine may be fetched by several threads: one of them loads, the others wait for it.
            synchronized (loading.computeIfAbsent(origin, o -> new Object())) {
                e = byOrigin.get(origin);
                if (e == null || !e.expires().isAfter(now)) {
                    e = load(origin, now);
                    byOrigin.put(origin, e);
                    fetched = true;
                }
            }
        }
        if (e.unavailable()) {
            return new RobotsVerdict(false, null, e.expires(), fetched, e.problem());
        }
        long delay = e.rules().getCrawlDelay();
        Duration crawlDelay = delay == BaseRobotRules.UNSET_CRAWL_DELAY || delay < 0 ? null : Duration.ofMillis(delay);
        boolean allowed = e.rules().isAllowed(normalizedUrl);
        return new RobotsVerdict(allowed, crawlDelay, null, fetched, allowed ? null : "disallowed by robots.txt");
    }

    private Entry load(String origin, Instant now) {
        String url = origin + "/robots.txt";
        FetchResult r = fetcher.fetchAny(url);
        return switch (r.outcome()) {
            case OK -> new Entry(parser.parseContent(url, r.body(), r.contentType(), List.of(agentToken)), now.plus(ttl), false, null);
            // A 304 cannot happen (no validators sent); FAILED is a 4xx, a redirect loop or a bad URL: no usable rules.
            case NOT_MODIFIED, FAILED -> new Entry(new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL), now.plus(ttl), false, null);
            case RETRY -> new Entry(null, now.plus(retryAfter), true, "robots.txt unavailable (" + r.reason() + ")");
            case SKIPPED -> new Entry(null, now.plus(retryAfter), true, "robots.txt refused: " + r.reason());
        };
    }
}
