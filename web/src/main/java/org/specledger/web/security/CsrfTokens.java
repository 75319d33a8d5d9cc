package org.specledger.web.security;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Double-submit CSRF protection: a random token per browser session in an HttpOnly, SameSite=Strict cookie, and
 * the same token in a hidden field of every form. A POST is accepted only when both are present and equal
 * (OWASP CSRF Prevention Cheat Sheet, "Signed double-submit cookie" without the signature: the cookie cannot be
 * set cross-site because it is SameSite=Strict and the site sets no cookie from input).
 */
public final class CsrfTokens {
    /** The cookie holding the session's token. */
    public static final String COOKIE = "specledger_csrf";
    /** The form field that must repeat it. */
    public static final String FIELD = "csrf";
    private static final SecureRandom RANDOM = new SecureRandom();

    private CsrfTokens() {
    }

    /** The session's token, creating it (and its cookie) on first use. */
    public static String issue(Context ctx) {
        String existing = ctx.cookie(COOKIE);
        if (existing != null && existing.matches("[A-Za-z0-9_-]{43}")) {
            return existing;
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        // maxAge -1: a session cookie; secure=false because the default deployment is plain HTTP on loopback.
        ctx.cookie(new Cookie(COOKIE, token, "/", -1, false, true, null, SameSite.STRICT));
        return token;
    }

    /** True when the request carries the cookie and a form field with the same token. */
    public static boolean valid(Context ctx) {
        String cookie = ctx.cookie(COOKIE);
        String field = ctx.formParam(FIELD);
        return cookie != null && !cookie.isEmpty() && Secrets.same(cookie, field);
    }
}
