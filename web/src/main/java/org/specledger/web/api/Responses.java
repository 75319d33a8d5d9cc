package org.specledger.web.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Writes API bodies with a strong {@code ETag} (a hash of the exact bytes) and answers a matching
 * {@code If-None-Match} with 304 and no body (RFC 9110 §13.1.2: GET with a matching entity tag).
 */
public final class Responses {
    /** One mapper for every API body; Jackson's ObjectMapper is thread-safe once configured. */
    public static final ObjectMapper JSON = new ObjectMapper();

    private Responses() {
    }

    public static void json(Context ctx, Object body) {
        try {
            send(ctx, JSON.writeValueAsBytes(body), "application/json");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    public static void text(Context ctx, String body, String contentType) {
        send(ctx, body.getBytes(StandardCharsets.UTF_8), contentType);
    }

    /** Sends bytes, or 304 when the client already holds them. */
    public static void send(Context ctx, byte[] body, String contentType) {
        String etag = etag(body);
        ctx.header("ETag", etag);
        // no-cache: caches may keep the body but must revalidate; the ETag makes that cheap.
        ctx.header("Cache-Control", "no-cache");
        if (matches(ctx.header("If-None-Match"), etag)) {
            ctx.status(304);
            return;
        }
        ctx.contentType(contentType).result(body);
    }

    /** A strong entity tag for these exact bytes: the first 128 bits of their SHA-256. */
    public static String etag(byte[] body) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(d).substring(0, 22) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JDK", e);
        }
    }

    /** If-None-Match is "*" or a comma-separated list of (possibly weak, W/"...") tags; weak comparison applies. */
    public static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        for (String t : ifNoneMatch.split(",")) {
            String tag = t.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals("*") || tag.equals(etag)) {
                return true;
            }
        }
        return false;
    }
}
