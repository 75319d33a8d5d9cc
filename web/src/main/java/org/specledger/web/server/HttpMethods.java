package org.specledger.web.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.specledger.web.security.SecurityHeaders;

/**
 * The methods the site answers, before any route runs (RFC 9110 §9): {@code HEAD} runs the {@code GET} route and
 * sends its status and headers (ETag, Content-Type, Link …) without the body (Javalin answered HEAD with an empty
 * 200 of its own); {@code OPTIONS} answers with {@code Allow} and, on the public GET API, the CORS preflight
 * (Fetch standard, "CORS-preflight request"); any other method, and POST outside the admin form, is a 405 with
 * {@code Allow} (it was a 404).
 */
public final class HttpMethods implements Filter {
    /** Preflights are cached by browsers this long (the Fetch standard caps it, Chromium at 2 h). */
    static final int PREFLIGHT_MAX_AGE_SECONDS = 7200;
    /** Request headers a cross-origin client may send: the conditional ones the API answers. */
    static final String CORS_REQUEST_HEADERS = "Accept, Accept-Language, If-None-Match, If-Modified-Since, Content-Type";
    private static final Set<String> POST_PATHS = Set.of("/sources");

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse res = (HttpServletResponse) response;
        String method = req.getMethod();
        String path = req.getRequestURI();
        String allow = POST_PATHS.contains(path) ? "GET, HEAD, POST, OPTIONS" : "GET, HEAD, OPTIONS";
        switch (method) {
            case "GET" -> chain.doFilter(request, response);
            case "POST" -> {
                if (POST_PATHS.contains(path)) {
                    chain.doFilter(request, response);
                } else {
                    refuse(res, path, allow, method);
                }
            }
            // The GET route runs; Jetty sends no body for a HEAD request, whatever the route writes.
            case "HEAD" -> chain.doFilter(new AsGet(req), response);
            case "OPTIONS" -> options(res, path, allow);
            default -> refuse(res, path, allow, method);
        }
    }

    private static void options(HttpServletResponse res, String path, String allow) {
        SecurityHeaders.HEADERS.forEach(res::setHeader);
        res.setHeader("Allow", allow);
        if (isPublicGetApi(path)) {
            res.setHeader("Access-Control-Allow-Origin", "*");
            res.setHeader("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS");
            res.setHeader("Access-Control-Allow-Headers", CORS_REQUEST_HEADERS);
            res.setHeader("Access-Control-Max-Age", String.valueOf(PREFLIGHT_MAX_AGE_SECONDS));
        }
        res.setStatus(204);
    }

    private static void refuse(HttpServletResponse res, String path, String allow, String method) throws IOException {
        SecurityHeaders.HEADERS.forEach(res::setHeader);
        res.setHeader("Allow", allow);
        if (isPublicGetApi(path)) {
            res.setHeader("Access-Control-Allow-Origin", "*");
        }
        String message = method + " is not allowed on " + path + "; allowed: " + allow;
        JettyErrors.write(res, 405, "method_not_allowed", message, JettyErrors.isApi(path));
    }

    /** The routes read cross-origin (ApiRoutes sets Access-Control-Allow-Origin on their GETs). */
    static boolean isPublicGetApi(String path) {
        return path.startsWith("/api/") || path.equals("/openapi.json") || path.startsWith("/feeds/");
    }

    /** A HEAD request shown to the routes as the GET it mirrors. */
    /** Request attribute set on a HEAD request that runs as a GET (so a route may skip writing the body). */
    public static final String HEAD_ATTRIBUTE = "specledger.head";

    private static final class AsGet extends HttpServletRequestWrapper {
        AsGet(HttpServletRequest r) {
            super(r);
            r.setAttribute(HEAD_ATTRIBUTE, Boolean.TRUE);
        }

        @Override
        public String getMethod() {
            return "GET";
        }
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
