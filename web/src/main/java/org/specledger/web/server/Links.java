package org.specledger.web.server;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The one place that builds the site's URLs, used by routes and templates alike (SPEC_SCHEMA.md, "Page URLs"). */
public final class Links {
    private Links() {
    }

    public static String home() {
        return "/";
    }

    public static String document(long id) {
        return "/documents/" + id;
    }

    /** A claim's highlighted span in its document's text. */
    public static String claimInDocument(long documentId, long claimId) {
        return document(documentId) + "#" + claimAnchor(claimId);
    }

    /** The id of a claim's span in the document page ({@code <mark id="claim-N">}). */
    public static String claimAnchor(long claimId) {
        return "claim-" + claimId;
    }

    /** The id of a claim's entry in the document page's side list. */
    public static String claimListAnchor(long claimId) {
        return "claim-list-" + claimId;
    }

    public static String documents() {
        return "/documents";
    }

    public static String models() {
        return "/models";
    }

    public static String model(String id) {
        return "/models/" + encodePath(id);
    }

    /** One attribute's row on a spec sheet. */
    public static String modelAttribute(String id, String attribute) {
        return model(id) + "#" + attributeAnchor(attribute);
    }

    /** The id of an attribute's row on a spec sheet: "attr-" and the attribute with ':' as '-'. */
    public static String attributeAnchor(String attribute) {
        return "attr-" + NOT_IN_ANCHOR.matcher(attribute).replaceAll("-");
    }

    private static final java.util.regex.Pattern NOT_IN_ANCHOR = java.util.regex.Pattern.compile("[^A-Za-z0-9_-]");

    /**
     * One claim on the spec sheet that lists every claim of its attribute (a sheet lists the first few of each,
     * so this is the link that always finds the claim's row).
     */
    public static String modelClaim(String id, String attribute, long claimId) {
        return modelAttributePage(id, attribute) + sheetClaimFragment(claimId);
    }

    /** The fragment of a claim's row on a spec sheet ({@code id="sheet-claim-N"}). */
    public static String sheetClaimFragment(long claimId) {
        return "#sheet-claim-" + claimId;
    }

    /** A spec sheet listing every claim of one attribute, scrolled to it. */
    public static String modelAttributeClaims(String id, String attribute) {
        return modelAttributePage(id, attribute) + "#" + attributeAnchor(attribute);
    }

    /** The spec sheet that lists every claim of one attribute, without a fragment (add one to scroll). */
    public static String modelAttributePage(String id, String attribute) {
        return model(id) + "?attribute=" + encode(attribute);
    }

    /** A fact sheet download: format is md, csv, json or pdf (served by the API's exports). */
    public static String factSheet(String id, String format) {
        return model(id) + "/factsheet." + format;
    }

    public static String flags() {
        return "/flags";
    }

    /** The flags board filtered by kind and/or model id (null or blank = any). */
    public static String flags(String kind, String modelId) {
        StringBuilder sb = new StringBuilder(flags());
        char sep = '?';
        if (kind != null && !kind.isBlank()) {
            sb.append(sep).append("kind=").append(encode(kind));
            sep = '&';
        }
        if (modelId != null && !modelId.isBlank()) {
            sb.append(sep).append("model=").append(encode(modelId));
        }
        return sb.toString();
    }

    public static String benchmarks() {
        return "/benchmarks";
    }

    public static String sources() {
        return "/sources";
    }

    public static String health() {
        return "/health";
    }

    public static String search() {
        return "/search";
    }

    public static String search(String q) {
        return "/search?q=" + encode(q);
    }

    public static String stylesheet() {
        return "/static/site.css";
    }

    /** Encodes a query-string value (spaces as '+'). */
    public static String encode(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }

    /** Encodes a path segment (spaces as %20, since '+' is literal in a path). */
    public static String encodePath(String s) {
        return encode(s).replace("+", "%20");
    }
}
