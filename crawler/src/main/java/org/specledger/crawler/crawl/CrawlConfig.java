package org.specledger.crawler.crawl;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Every setting of a crawl, with its default. Build one with {@link #defaults()} or
 * {@code CrawlConfig.of(b -> b.hostDelay = Duration.ofSeconds(2))}; a bad value fails at construction with
 * a message that says what to change.
 *
 * @param contactUrl            where a site owner reads who we are; sent in the User-Agent
 *                              ("SpecLedger/0.1 (+contactUrl)"). Default {@value #DEFAULT_CONTACT_URL}
 * @param hostDelay             the pause between two requests to one host when robots.txt sets no Crawl-delay.
 *                              Default 1 s; must be at least 100 ms (zero is only for loopback, below)
 * @param loopbackDelay         the same pause for hosts on this machine (127.0.0.0/8, ::1, localhost), for tests
 *                              and benchmarks; may be zero. Default: equal to hostDelay
 * @param maxCrawlDelay         a robots.txt Crawl-delay above this is cut to it. Default 60 s
 * @param connectTimeout        TCP/TLS connect timeout. Default 10 s
 * @param readTimeout           wait for the response headers, and again for the whole body. Default 30 s
 * @param maxBytes              bodies are cut here and marked truncated. Default 5 MB (5 × 1024 × 1024)
 * @param maxRedirects          redirects followed per fetch. Default 5 (RFC 9309 §2.3.1.2 asks for at least five)
 * @param maxAttempts           attempts per URL on transient failures (429, 5xx, timeouts). Default 4
 * @param retryBase             the first retry waits this long, then 2×, 4×… unless Retry-After says otherwise.
 *                              Default 30 s
 * @param maxRetryAfter         a Retry-After longer than this is cut to it. Default 1 h
 * @param robotsTtl             how long robots.txt is cached. Default 24 h (RFC 9309 §2.4)
 * @param robotsRetry           when robots.txt answers 5xx or is unreachable, the host waits this long before it
 *                              is asked again (RFC 9309 §2.3.1.4: complete disallow meanwhile). Default 10 min
 * @param maxIdleWait           {@code run} waits for a scheduled retry at most this far ahead; later ones are left
 *                              queued for the next run. Default 2 min
 * @param parallelHosts         hosts fetched at the same time (one connection each). Default 8
 * @param loopbackConnections   connections at the same time to one host on this machine, for benchmarks that serve
 *                              a site on loopback; every other host always gets one connection at a time, as
 *                              politeness asks. Default 1; at most 16
 * @param watchInterval         {@code watch} re-checks feeds and sitemaps this often. Default 15 min
 * @param allowPrivateAddresses lets URLs resolve to loopback/private/link-local addresses. Default false; tests
 *                              set it
 */
public record CrawlConfig(String contactUrl, Duration hostDelay, Duration loopbackDelay, Duration maxCrawlDelay,
                          Duration connectTimeout, Duration readTimeout, long maxBytes, int maxRedirects,
                          int maxAttempts, Duration retryBase, Duration maxRetryAfter, Duration robotsTtl,
                          Duration robotsRetry, Duration maxIdleWait, int parallelHosts, int loopbackConnections,
                          Duration watchInterval,
                          boolean allowPrivateAddresses) {

    public static final String DEFAULT_CONTACT_URL = "https://github.com/specledger/specledger";
    /** The product token robots.txt groups are matched against, case-insensitively (RFC 9309 §2.2.1); crawler-commons wants it lower-case. */
    public static final String ROBOTS_TOKEN = "specledger";
    /** The smallest hostDelay allowed for hosts that are not on this machine. */
    public static final Duration MIN_HOST_DELAY = Duration.ofMillis(100);

    /** The settings, checked; see the record description for each one. */
    public CrawlConfig {
        List<String> problems = new ArrayList<>();
        try {
            URI u = URI.create(contactUrl == null ? "" : contactUrl);
            if (u.getScheme() == null || !u.getScheme().startsWith("http") || u.getHost() == null) {
                problems.add("contactUrl must be an http(s) URL where site owners can reach you, not '" + contactUrl + "'");
            }
        } catch (IllegalArgumentException e) {
            problems.add("contactUrl must be an http(s) URL where site owners can reach you, not '" + contactUrl + "'");
        }
        if (hostDelay == null || hostDelay.compareTo(MIN_HOST_DELAY) < 0) {
            problems.add("hostDelay must be at least " + MIN_HOST_DELAY.toMillis() + " ms (it is " + hostDelay
                    + "); to crawl a server on this machine without pauses, set loopbackDelay to 0 instead");
        }
        if (loopbackDelay == null) {
            loopbackDelay = hostDelay;
        } else if (loopbackDelay.isNegative()) {
            problems.add("loopbackDelay must be zero or more, not " + loopbackDelay);
        }
        positive(problems, "maxCrawlDelay", maxCrawlDelay);
        positive(problems, "connectTimeout", connectTimeout);
        positive(problems, "readTimeout", readTimeout);
        positive(problems, "retryBase", retryBase);
        positive(problems, "maxRetryAfter", maxRetryAfter);
        positive(problems, "robotsTtl", robotsTtl);
        positive(problems, "robotsRetry", robotsRetry);
        positive(problems, "watchInterval", watchInterval);
        if (maxIdleWait == null || maxIdleWait.isNegative()) {
            problems.add("maxIdleWait must be zero or more, not " + maxIdleWait);
        }
        if (maxBytes < 1024) {
            problems.add("maxBytes must be at least 1024 (it is " + maxBytes + "); the default is 5 MB");
        }
        if (maxRedirects < 0 || maxRedirects > 20) {
            problems.add("maxRedirects must be between 0 and 20, not " + maxRedirects);
        }
        if (maxAttempts < 1) {
            problems.add("maxAttempts must be at least 1, not " + maxAttempts);
        }
        if (parallelHosts < 1 || parallelHosts > 256) {
            problems.add("parallelHosts must be between 1 and 256, not " + parallelHosts);
        }
        if (loopbackConnections < 1 || loopbackConnections > 16) {
            problems.add("loopbackConnections must be between 1 and 16, not " + loopbackConnections);
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid crawl configuration: " + String.join("; ", problems));
        }
    }

    private static void positive(List<String> problems, String name, Duration d) {
        if (d == null || d.isZero() || d.isNegative()) {
            problems.add(name + " must be a positive duration, not " + d);
        }
    }

    /** Every default. */
    public static CrawlConfig defaults() {
        return new Builder().build();
    }

    /** The defaults with some settings changed: {@code CrawlConfig.of(b -> b.parallelHosts = 4)}. */
    public static CrawlConfig of(Consumer<Builder> changes) {
        Builder b = new Builder();
        changes.accept(b);
        return b.build();
    }

    /** A copy with some settings changed. */
    public CrawlConfig with(Consumer<Builder> changes) {
        Builder b = new Builder(this);
        changes.accept(b);
        return b.build();
    }

    /** "SpecLedger/0.1 (+contactUrl)". */
    public String userAgent() {
        return "SpecLedger/0.1 (+" + contactUrl + ")";
    }

    /** Mutable settings for {@link #of}; field defaults are the documented ones. */
    public static final class Builder {
        public String contactUrl = DEFAULT_CONTACT_URL;
        public Duration hostDelay = Duration.ofSeconds(1);
        /** null: the same as hostDelay. */
        public Duration loopbackDelay = null;
        public Duration maxCrawlDelay = Duration.ofSeconds(60);
        public Duration connectTimeout = Duration.ofSeconds(10);
        public Duration readTimeout = Duration.ofSeconds(30);
        public long maxBytes = 5L * 1024 * 1024;
        public int maxRedirects = 5;
        public int maxAttempts = 4;
        public Duration retryBase = Duration.ofSeconds(30);
        public Duration maxRetryAfter = Duration.ofHours(1);
        public Duration robotsTtl = Duration.ofHours(24);
        public Duration robotsRetry = Duration.ofMinutes(10);
        public Duration maxIdleWait = Duration.ofMinutes(2);
        public int parallelHosts = 8;
        public int loopbackConnections = 1;
        public Duration watchInterval = Duration.ofMinutes(15);
        public boolean allowPrivateAddresses = false;

        Builder() {
        }

        Builder(CrawlConfig c) {
            contactUrl = c.contactUrl;
            hostDelay = c.hostDelay;
            loopbackDelay = c.loopbackDelay;
            maxCrawlDelay = c.maxCrawlDelay;
            connectTimeout = c.connectTimeout;
            readTimeout = c.readTimeout;
            maxBytes = c.maxBytes;
            maxRedirects = c.maxRedirects;
            maxAttempts = c.maxAttempts;
            retryBase = c.retryBase;
            maxRetryAfter = c.maxRetryAfter;
            robotsTtl = c.robotsTtl;
            robotsRetry = c.robotsRetry;
            maxIdleWait = c.maxIdleWait;
            parallelHosts = c.parallelHosts;
            loopbackConnections = c.loopbackConnections;
            watchInterval = c.watchInterval;
            allowPrivateAddresses = c.allowPrivateAddresses;
        }

        public CrawlConfig build() {
            return new CrawlConfig(contactUrl, hostDelay, loopbackDelay, maxCrawlDelay, connectTimeout, readTimeout,
                    maxBytes, maxRedirects, maxAttempts, retryBase, maxRetryAfter, robotsTtl, robotsRetry, maxIdleWait,
                    parallelHosts, loopbackConnections, watchInterval, allowPrivateAddresses);
        }
    }
}
