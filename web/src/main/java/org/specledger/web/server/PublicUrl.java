package org.specledger.web.server;

import io.javalin.http.Context;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The origin ({@code scheme://host[:port]}) of absolute URLs that leave the site: Atom feeds, ClaimReview JSON-LD.
 * The configured public URL when there is one ({@code serve --public-url}); otherwise the request's own origin
 * only when its host is a loopback name or address, since a Host header is whatever the client sends
 * ({@code Host: evil.example} was reflected into feed links, issue 14 item 8), and {@code http://localhost:PORT}
 * for any other.
 */
public final class PublicUrl {
    /** Request attribute holding the configured origin (set for every request by {@link WebServer}). */
    static final String ATTRIBUTE = "specledger.publicUrl";

    private PublicUrl() {
    }

    /**
     * The configured URL as an origin without a trailing slash; null stays null.
     *
     * @throws IllegalArgumentException when it is not an absolute http(s) URL with a host and no path, query or
     *                                  fragment, saying so
     */
    static String normalize(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String u = url.strip();
        while (u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        try {
            URI uri = new URI(u);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null
                    || (uri.getRawPath() != null && !uri.getRawPath().isEmpty()) || uri.getRawQuery() != null
                    || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
                throw new IllegalArgumentException("the public URL must be an origin such as https://specledger.example"
                        + " (http or https, a host, an optional port, nothing after it), not '" + url + "'");
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("the public URL '" + url + "' is not a URL: " + e.getReason());
        }
        return u;
    }

    /** The origin for absolute URLs in this response. */
    public static String origin(Context ctx) {
        Object configured = ctx.attribute(ATTRIBUTE);
        if (configured instanceof String s && !s.isEmpty()) {
            return s;
        }
        String url = ctx.url();
        int pathStart = url.indexOf('/', url.indexOf("//") + 2);
        String requestOrigin = pathStart < 0 ? url : url.substring(0, pathStart);
        return isLoopback(hostOf(requestOrigin)) ? requestOrigin : "http://localhost:" + ctx.req().getLocalPort();
    }

    private static String hostOf(String origin) {
        try {
            String h = new URI(origin).getHost();
            return h == null ? "" : h.toLowerCase(Locale.ROOT);
        } catch (URISyntaxException e) {
            return "";
        }
    }

    static boolean isLoopback(String host) {
        String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        return h.equals("localhost") || h.endsWith(".localhost") || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1")
                || h.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    }
}
