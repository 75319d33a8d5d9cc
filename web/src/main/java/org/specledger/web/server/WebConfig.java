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
 */
public record WebConfig(String host, int port, String adminToken, int apiRequestsPerMinute, long maxRequestBytes,
                        String publicUrl) {

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
    }

    public static WebConfig defaults() {
        return new WebConfig("127.0.0.1", DEFAULT_PORT, null, 600, 64 * 1024, null);
    }

    public WebConfig withPort(int newPort) {
        return new WebConfig(host, newPort, adminToken, apiRequestsPerMinute, maxRequestBytes, publicUrl);
    }

    public WebConfig withHost(String newHost) {
        return new WebConfig(newHost, port, adminToken, apiRequestsPerMinute, maxRequestBytes, publicUrl);
    }

    public WebConfig withAdminToken(String token) {
        return new WebConfig(host, port, token, apiRequestsPerMinute, maxRequestBytes, publicUrl);
    }

    public WebConfig withApiRequestsPerMinute(int n) {
        return new WebConfig(host, port, adminToken, n, maxRequestBytes, publicUrl);
    }

    /** @param url the public origin, e.g. https://specledger.example; null for none */
    public WebConfig withPublicUrl(String url) {
        return new WebConfig(host, port, adminToken, apiRequestsPerMinute, maxRequestBytes, url);
    }
}
