package org.specledger.web.server;

import org.specledger.web.security.AdminToken;

/**
 * Every setting of the server, with its default.
 *
 * @param host              interface to bind; default 127.0.0.1 (loopback only)
 * @param port              TCP port; default 7070; 0 picks a free one
 * @param adminToken        token required by admin actions (add a source, start a crawl); null disables them.
 *                          There is deliberately no default token; a weak one is refused ({@link AdminToken#weakness}).
 * @param apiRequestsPerMinute per client address on /api/*, the pages and the feeds (all but /health and /static);
 *                          default 600; 0 disables the limit
 * @param maxRequestBytes   largest request body accepted; default 64 KiB
 * @param publicUrl         the site's public origin ("https://specledger.example"), used for the absolute URLs of
 *                          feeds and ClaimReview; default null: the request's own host is used only when it is a
 *                          loopback name or address, otherwise {@code http://localhost:PORT} (a Host header is the
 *                          client's to choose, so it is never echoed into links others will follow)
 * @param threads           the most requests handled at once (the server's thread pool; more wait in its queue);
 *                          default {@link #defaultThreads()}. Most requests are CPU work: far more threads than cores
 *                          only make them preempt each other, holding locks (the load bench's p50 was 3 × higher at
 *                          Jetty's usual 250 than at 16 on 2 cores)
 */
public record WebConfig(String host, int port, String adminToken, int apiRequestsPerMinute, long maxRequestBytes,
                        String publicUrl, int threads) {

    public static final int DEFAULT_PORT = 7070;

    public WebConfig {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535, not " + port);
        }
        String weak = AdminToken.weakness(adminToken);
        if (weak != null) {
            throw new IllegalArgumentException(weak);
        }
        if (apiRequestsPerMinute < 0) {
            throw new IllegalArgumentException("apiRequestsPerMinute must be 0 (off) or more");
        }
        publicUrl = PublicUrl.normalize(publicUrl);
        if (threads < MIN_THREADS || threads > MAX_THREADS) {
            throw new IllegalArgumentException("threads must be between " + MIN_THREADS + " and " + MAX_THREADS
                    + ", not " + threads);
        }
    }

    /** Fewer threads than this could leave none to answer while a few wait (Jetty also runs its selector on them). */
    public static final int MIN_THREADS = 8;
    public static final int MAX_THREADS = 1_000;

    /** Eight per core, at least 16: a request that waits (a database read, another's rendering) leaves the core to others. */
    public static int defaultThreads() {
        return Math.max(16, 8 * Runtime.getRuntime().availableProcessors());
    }

    public static WebConfig defaults() {
        return new WebConfig("127.0.0.1", DEFAULT_PORT, null, 600, 64 * 1024, null, defaultThreads());
    }

    public WebConfig withPort(int newPort) {
        return new WebConfig(host, newPort, adminToken, apiRequestsPerMinute, maxRequestBytes, publicUrl, threads);
    }

    public WebConfig withHost(String newHost) {
        return new WebConfig(newHost, port, adminToken, apiRequestsPerMinute, maxRequestBytes, publicUrl, threads);
    }

    public WebConfig withAdminToken(String token) {
        return new WebConfig(host, port, token, apiRequestsPerMinute, maxRequestBytes, publicUrl, threads);
    }

    public WebConfig withApiRequestsPerMinute(int n) {
        return new WebConfig(host, port, adminToken, n, maxRequestBytes, publicUrl, threads);
    }

    /** @param url the public origin, e.g. https://specledger.example; null for none */
    public WebConfig withPublicUrl(String url) {
        return new WebConfig(host, port, adminToken, apiRequestsPerMinute, maxRequestBytes, url, threads);
    }

    /** @param n the most requests handled at once ({@link #MIN_THREADS}..{@link #MAX_THREADS}) */
    public WebConfig withThreads(int n) {
        return new WebConfig(host, port, adminToken, apiRequestsPerMinute, maxRequestBytes, publicUrl, n);
    }
}
