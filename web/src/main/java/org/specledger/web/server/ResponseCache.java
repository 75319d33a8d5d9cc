package org.specledger.web.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.specledger.db.Change;
import org.specledger.db.Database;
import org.specledger.web.api.Responses;

/**
 * Rendered responses of the pages and API routes that are derived from the database alone (spec sheets, model
 * lists, flags, benchmarks, documents), kept until a write touches what they show, and conditional requests
 * ({@code If-None-Match}) answered from them before any work.
 *
 * <p>Invalidation is by <em>tags</em>: every cacheable route depends on a few named things ({@code model:kimi-k2},
 * {@code doc:12}, {@code documents}, {@code reconcile} …), each with a version counter. An entry remembers the
 * versions it was rendered under and is served only while all of them are unchanged. A request reads the versions
 * <em>before</em> it reads the database, and writers bump them <em>after</em> their commit, so an entry can be
 * too young to use but never older than the data: a response rendered while a write commits is stored under the
 * old versions and is dead on arrival. The database tells what each committed write touched
 * ({@link Database#onChange}, whichever path wrote); this assumes the serving process is the only writer of its
 * data folder, which the search index's write lock guarantees.
 *
 * <p>Not cached: search (it reads the index, which commits on its own schedule), the sources page (crawl log,
 * CSRF token), fact-sheet downloads (each states the moment it was made), {@code /health}, anything but GET and
 * anything but a 200. Bounded: {@value #MAX_ENTRIES} entries and {@value #MAX_TOTAL_BYTES} bytes, least recently
 * used first out; a body over {@value #MAX_ENTRY_BYTES} bytes is not kept.
 */
public final class ResponseCache {
    /** Entries kept at most. */
    static final int MAX_ENTRIES = 4_096;
    /** Bytes of bodies kept at most (64 MiB). */
    static final long MAX_TOTAL_BYTES = 64L << 20;
    /** Larger bodies (a bulk claims export) are rendered every time. */
    static final int MAX_ENTRY_BYTES = 4 << 20;
    /** Kept bodies at least this long are written straight to a client that takes no compression. */
    static final int DIRECT_WRITE_BYTES = 32 << 10;
    /** Response header saying whether the cache answered ({@code hit}) or the route did ({@code miss}). */
    public static final String STATUS_HEADER = "X-Cache";

    /**
     * How long a request waits for another one rendering the same answer before rendering it itself. Without the
     * wait, a burst of requests for a page that a write just invalidated renders it once per request (seen: the
     * 2 MB flags board rendered by 16 connections at once, none finishing within wrk's 2 s timeout).
     */
    static final long WAIT_FOR_RENDER_MS = 5_000;

    private static final String ATTR_KEY = "specledger.cache.key";
    private static final String ATTR_RENDERING = "specledger.cache.rendering";
    private static final String ATTR_VERSIONS = "specledger.cache.versions";

    private final Map<String, AtomicLong> versions = new ConcurrentHashMap<>();
    /** Model ids known to exist: a model route is cached only for a canonical id (an alias redirects or resolves). */
    private final Set<String> modelIds = ConcurrentHashMap.newKeySet();
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(256, 0.75f, true);
    /** Keys being rendered now, each with the latch its waiters wait on. */
    private final Map<String, java.util.concurrent.CountDownLatch> rendering = new ConcurrentHashMap<>();
    private long totalBytes;

    /**
     * One cached response: its bytes, content type, strong entity tag, {@code Link} header (a list page's next
     * page; null when none) and the tag versions it was made under.
     */
    record Entry(byte[] body, String contentType, String etag, String link, long[] versions) {
    }

    public ResponseCache(Database db) {
        String cursor = null;
        do {
            var page = db.models().list(cursor, org.specledger.db.Page.MAX_LIMIT);
            page.items().forEach(m -> modelIds.add(m.id()));
            cursor = page.next();
        } while (cursor != null);
    }

    // ---- what a route depends on ----

    /**
     * The tags a GET of this path depends on, or null when it is not cached. The path is the request path without
     * the query string; the query is part of the key, never of the tags.
     */
    List<String> tagsOf(String path) {
        switch (path) {
            case "/models", "/api/models":
                return List.of("models", "reconcile");
            case "/flags":
                return List.of("reconcile", "models");
            case "/api/flags", "/feeds/flags.atom", "/benchmarks":
                return List.of("reconcile");
            case "/documents", "/api/documents":
                return List.of("documents");
            case "/api/claims":
                return List.of("claims");
            case "/openapi.json", "/api/docs":
                return List.of();
            default:
                break;
        }
        String[] p = path.split("/", -1);
        // "", "models", "{id}"  |  "", "api", "models", "{id}"  |  "", "feeds", "models", "{id}.atom"
        if (p.length == 3 && p[1].equals("models")) {
            return modelTags(p[2]);
        }
        if (p.length == 4 && p[1].equals("api") && p[2].equals("models")) {
            return modelTags(p[3]);
        }
        if (p.length == 4 && p[1].equals("feeds") && p[2].equals("models") && p[3].endsWith(".atom")) {
            return modelTags(p[3].substring(0, p[3].length() - ".atom".length()));
        }
        if (p.length == 3 && p[1].equals("documents") && isNumber(p[2])) {
            return List.of("doc:" + p[2], "reconcile");
        }
        if ((p.length == 4 || p.length == 5 && p[4].equals("claimreview")) && p[1].equals("api") && p[2].equals("flags")
                && isNumber(p[3])) {
            return List.of("reconcile");
        }
        return null;
    }

    private List<String> modelTags(String id) {
        return modelIds.contains(id) ? List.of("model:" + id) : null;
    }

    private static boolean isNumber(String s) {
        if (s.isEmpty() || s.length() > 18) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    // ---- writers ----

    /**
     * After a committed write ({@link Database#onChange}): a document stored, revised or deleted changes its own
     * page, every version of its URL, the lists that count it and the sheets of the models its claims name;
     * reconciliation changes the sheets of its models, flags, benchmarks, model lists and document pages (flagged
     * claims, syndication groups).
     */
    public void onChange(Change change) {
        Set<String> tags = new LinkedHashSet<>();
        if (change.kind() == Change.Kind.DOCUMENTS) {
            tags.addAll(List.of("documents", "claims", "models"));
        } else {
            tags.addAll(List.of("reconcile", "models"));
        }
        change.documentIds().forEach(id -> tags.add("doc:" + id));
        for (String m : change.modelIds()) {
            modelIds.add(m);
            tags.add("model:" + m);
        }
        bump(tags);
    }

    /** Forgets everything (a write this class hears of no other way). */
    public synchronized void clear() {
        entries.clear();
        totalBytes = 0;
        bump(List.of("reconcile", "models", "documents", "claims"));
    }

    private void bump(Collection<String> tags) {
        for (String t : tags) {
            versions.computeIfAbsent(t, k -> new AtomicLong()).incrementAndGet();
        }
    }

    private long[] snapshot(List<String> tags) {
        long[] v = new long[tags.size()];
        for (int i = 0; i < v.length; i++) {
            AtomicLong a = versions.get(tags.get(i));
            v[i] = a == null ? 0 : a.get();
        }
        return v;
    }

    // ---- the request hooks ----

    /**
     * A before-handler (registered after the rate limiters, so that a cached answer still counts): answers a
     * cacheable GET from a fresh entry (304 when {@code If-None-Match} matches its tag), else remembers the key and
     * versions for {@link #after}.
     */
    public void before(Context ctx) {
        if (!"GET".equals(ctx.method().name())) {
            return;
        }
        List<String> tags = tagsOf(ctx.path());
        if (tags == null) {
            return;
        }
        String key = key(ctx);
        long[] now = snapshot(tags);
        if (serve(ctx, key, now)) {
            return;
        }
        java.util.concurrent.CountDownLatch mine = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch other = rendering.putIfAbsent(key, mine);
        if (other != null) {
            try {
                if (!other.await(WAIT_FOR_RENDER_MS, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                    rendering.remove(key, other); // a renderer that never finished must not hold others up again
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            // Versions read again: the other request may have rendered under newer ones.
            now = snapshot(tags);
            if (serve(ctx, key, now)) {
                return;
            }
        } else {
            ctx.attribute(ATTR_RENDERING, mine);
        }
        ctx.attribute(ATTR_KEY, key);
        ctx.attribute(ATTR_VERSIONS, now);
    }

    /** Answers from a fresh entry (304 when If-None-Match matches), skipping the route; false when there is none. */
    private boolean serve(Context ctx, String key, long[] now) {
        Entry e;
        synchronized (this) {
            e = entries.get(key);
        }
        if (e == null || !java.util.Arrays.equals(e.versions(), now)) {
            return false;
        }
        ctx.header(STATUS_HEADER, "hit");
        ctx.header("ETag", e.etag());
        ctx.header("Cache-Control", "no-cache");
        if (e.link() != null) {
            ctx.header("Link", e.link());
        }
        if (Responses.matches(ctx.header("If-None-Match"), e.etag())) {
            ctx.status(304);
        } else if (ctx.header("Accept-Encoding") == null && e.body().length >= DIRECT_WRITE_BYTES) {
            // A client that takes no compression gets the kept bytes in one write with their length: through
            // Javalin's result they were copied in 32 KB pieces (a spec sheet's JSON is a megabyte).
            ctx.contentType(e.contentType());
            ctx.res().setContentLength(e.body().length);
            if (ctx.attribute(HttpMethods.HEAD_ATTRIBUTE) == null) {
                try {
                    ctx.res().getOutputStream().write(e.body());
                } catch (IOException clientGone) {
                    // The client closed the connection mid-answer: nothing to answer, nothing lost, nothing to log.
                }
            }
        } else {
            ctx.contentType(e.contentType()).result(e.body());
        }
        ctx.skipRemainingHandlers();
        return true;
    }

    /** An after-handler: keeps a 200 answer of a cacheable route under the versions read before it was made. */
    public void after(Context ctx) throws IOException {
        String key = ctx.attribute(ATTR_KEY);
        long[] made = ctx.attribute(ATTR_VERSIONS);
        if (key == null || made == null) {
            return;
        }
        java.util.concurrent.CountDownLatch mine = ctx.attribute(ATTR_RENDERING);
        try {
            keep(ctx, key, made);
        } finally {
            if (mine != null) {
                rendering.remove(key, mine);
                mine.countDown();
            }
        }
    }

    private void keep(Context ctx, String key, long[] made) throws IOException {
        ctx.header(STATUS_HEADER, "miss");
        if (ctx.status().getCode() != 200) {
            return;
        }
        InputStream in = ctx.resultInputStream();
        if (in == null) {
            return;
        }
        byte[] body = in.readAllBytes();
        ctx.result(body);
        String etag = ctx.res().getHeader("ETag");
        if (etag == null) {
            etag = Responses.etag(body);
            ctx.header("ETag", etag);
            ctx.header("Cache-Control", "no-cache");
        }
        if (body.length > MAX_ENTRY_BYTES) {
            return;
        }
        String contentType = ctx.res().getContentType();
        put(key, new Entry(body, contentType == null ? "application/octet-stream" : contentType, etag,
                ctx.res().getHeader("Link"), made));
    }

    private synchronized void put(String key, Entry e) {
        Entry old = entries.put(key, e);
        totalBytes += e.body().length - (old == null ? 0 : old.body().length);
        var it = entries.entrySet().iterator();
        while ((entries.size() > MAX_ENTRIES || totalBytes > MAX_TOTAL_BYTES) && it.hasNext()) {
            totalBytes -= it.next().getValue().body().length;
            it.remove();
        }
    }

    /** Entries held now (for tests and the bench). */
    public synchronized int size() {
        return entries.size();
    }

    /**
     * The key: host (absolute URLs in ClaimReview and Atom may come from it), path and query. The host is part of
     * the key so that one client's Host header can never be served to another.
     */
    private static String key(Context ctx) {
        String q = ctx.queryString();
        String host = ctx.header("Host");
        return (host == null ? "" : host) + " " + ctx.path() + (q == null ? "" : "?" + q);
    }
}
