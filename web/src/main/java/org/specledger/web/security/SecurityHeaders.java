package org.specledger.web.security;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The headers every response carries. The Content-Security-Policy allows only the site's own scripts, styles and
 * images (plus data: images), so that a scraped {@code <script>} or inline handler that ever slipped through
 * escaping still could not run (OWASP Secure Headers Project; CSP Level 3, W3C).
 */
public final class SecurityHeaders {
    /** The policy of every page: nothing inline, nothing from elsewhere, no framing, no plugins. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    private SecurityHeaders() {
    }

    /**
     * The headers in order. Referrer-Policy: links to news sites should not leak which search or model page an
     * analyst was on.
     */
    public static final Map<String, String> HEADERS = headers();

    /** Sets the headers on a response; registered as a before-handler so that error pages carry them too. */
    public static void apply(Context ctx) {
        HEADERS.forEach(ctx::header);
    }

    private static Map<String, String> headers() {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        h.put("X-Content-Type-Options", "nosniff");
        h.put("Referrer-Policy", "no-referrer");
        h.put("X-Frame-Options", "DENY");
        return java.util.Collections.unmodifiableMap(h);
    }
}
