package org.specledger.web.server;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The one place that builds the site's URLs, used by routes and templates alike (SPEC_SCHEMA.md, "Page URLs"). */
public final class Links {
    private Links() {
    }

    public static String document(long id) {
        return "/documents/" + id;
    }

    public static String documents() {
        return "/documents";
    }

    public static String model(String id) {
        return "/models/" + encode(id);
    }

    public static String search(String q) {
        return "/search?q=" + encode(q);
    }

    public static String encode(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }
}
