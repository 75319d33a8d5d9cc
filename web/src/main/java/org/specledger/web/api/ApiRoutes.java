package org.specledger.web.api;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.specledger.claims.Attributes;
import org.specledger.claims.FlagKind;
import org.specledger.db.FlagView;
import org.specledger.db.ModelSummary;
import org.specledger.web.server.ServerContext;
import org.specledger.web.server.ApiException;
import org.specledger.web.server.Links;
import org.specledger.web.server.PublicUrl;
import org.specledger.web.server.WebConfig;
import org.specledger.web.server.WebServer;
import org.specledger.web.sheet.SpecSheets;

/**
 * Registers the JSON API of SPEC_SCHEMA.md, its OpenAPI document and docs page, and the rules every
 * {@code /api/*} request passes: CORS for GET, a bound on the query string and a per-address rate limit (the last
 * two on the pages and feeds too).
 */
public final class ApiRoutes {
    /** Every API path registered here (the OpenAPI test checks each is documented). */
    public static final List<String> API_PATHS = List.of("/api/documents", "/api/models", "/api/models/{id}",
            "/api/claims", "/api/flags", "/api/flags/{id}", "/api/flags/{id}/claimreview", "/api/search");

    /** Longest query string accepted on /api/* and the pages; longer ones are a 414 (RFC 9110 §15.5.15). */
    public static final int MAX_QUERY_CHARS = 4096;

    private ApiRoutes() {
    }

    public static void register(JavalinConfig config, ServerContext app, WebConfig cfg, SpecSheets sheets) {
        ClientRateLimiter limiter = new ClientRateLimiter(cfg.apiRequestsPerMinute(), Clock.systemUTC());
        // CORS for GET: the data is public and the API takes no credentials, so any origin may read it. A GET with
        // If-None-Match needs a preflight (Fetch standard, "CORS protocol"): HttpMethods answers the OPTIONS.
        for (String path : List.of("/api/*", "/openapi.json", "/feeds/*")) {
            config.routes.before(path, ctx -> {
                ctx.header("Access-Control-Allow-Origin", "*");
                // Without this a cross-origin script cannot read the validators, the wait or the next page.
                ctx.header("Access-Control-Expose-Headers", "ETag, Retry-After, Link");
            });
        }
        // Every route that does work per request is bounded, pages as much as the API: the search page runs the same
        // queries as /api/search, and a fact-sheet PDF costs more than any API answer (issue 14, item 5).
        config.routes.before(ctx -> {
            if (!isLimited(ctx.path())) {
                return;
            }
            String q = ctx.queryString();
            if (q != null && q.length() > MAX_QUERY_CHARS) {
                throw new ApiException(414, "uri_too_long", "the query string is " + q.length()
                        + " characters long; at most " + MAX_QUERY_CHARS + " are accepted");
            }
            long wait = limiter.acquire(ctx.ip());
            if (wait > 0) {
                ctx.header("Retry-After", String.valueOf(wait));
                throw new ApiException(429, "rate_limited", "more than " + cfg.apiRequestsPerMinute()
                        + " requests a minute from " + ctx.ip() + "; retry after " + wait + " s");
            }
        });

        config.routes.get("/api/documents", ctx -> {
            var page = app.db().documents().list(WebServer.cursor(ctx), WebServer.limit(ctx));
            linkNext(ctx, page.next());
            Responses.json(ctx, ApiJson.page(page.items(), page.next()));
        });
        config.routes.get("/api/models", ctx -> {
            var page = app.db().models().list(WebServer.cursor(ctx), WebServer.limit(ctx));
            linkNext(ctx, page.next());
            Responses.json(ctx, ApiJson.page(page.items().stream().map(ApiJson::model).toList(), page.next()));
        });
        config.routes.get("/api/models/{id}", ctx -> {
            String id = ctx.pathParam("id");
            Responses.json(ctx, ApiJson.sheet(sheets.find(id).orElseThrow(() -> noModel(id)), false));
        });
        config.routes.get("/api/claims", ctx -> {
            String model = modelFilter(ctx, app);
            String attribute = attributeFilter(ctx);
            var page = app.db().claims().list(model, attribute, WebServer.cursor(ctx), WebServer.limit(ctx));
            linkNext(ctx, page.next());
            Responses.json(ctx, ApiJson.page(page.items().stream().map(ApiJson::claim).toList(), page.next()));
        });
        config.routes.get("/api/flags", ctx -> {
            String model = modelFilter(ctx, app);
            FlagKind kind = kindFilter(ctx);
            var page = app.db().flags().list(model, kind, WebServer.cursor(ctx), WebServer.limit(ctx));
            linkNext(ctx, page.next());
            Responses.json(ctx, ApiJson.page(page.items().stream().map(ApiJson::flag).toList(), page.next()));
        });
        config.routes.get("/api/flags/{id}", ctx -> Responses.json(ctx, ApiJson.flag(flag(ctx, app))));
        config.routes.get("/api/flags/{id}/claimreview", ctx -> {
            FlagView f = flag(ctx, app);
            var review = ClaimReviews.of(f, app.db().claims().findAll(f.flag().claimIds()), origin(ctx));
            if ("html".equalsIgnoreCase(ctx.queryParam("embed"))) {
                Responses.text(ctx, ClaimReviews.scriptTag(review), "text/html; charset=utf-8");
            } else {
                Responses.send(ctx, Responses.JSON.writeValueAsBytes(review), "application/ld+json");
            }
        });

        byte[] openapi = openApiDocument();
        config.routes.get("/api/search", ctx -> Responses.json(ctx, SearchApi.search(ctx, app)));
        config.routes.get("/openapi.json", ctx -> Responses.send(ctx, openapi, "application/json"));
        config.routes.get("/api/docs", ctx -> Responses.text(ctx,
                WebServer.render("apidocs/docs.jte", Map.of("doc", OpenApiDocs.parse(openapi))),
                "text/html; charset=utf-8"));
    }

    /**
     * True for the routes under the query-string cap and the per-address rate limit: all but the health check and
     * static files (which cost nothing and which a page load fetches several of).
     */
    static boolean isLimited(String path) {
        return !path.equals("/health") && !path.startsWith("/static/");
    }

    /** The hand-written OpenAPI 3.1 document (no generator serves Javalin 7; BUILD-NOTES.md). */
    public static byte[] openApiDocument() {
        try (InputStream in = ApiRoutes.class.getResourceAsStream("/openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("openapi.json is missing from the classpath; rebuild the web module");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A {@code Link: <…>; rel="next"} header (RFC 8288) to the next page of a list, when there is one: the same
     * path and parameters with the page's {@code next} as the cursor, so a client can follow pages without
     * building URLs (the JSON's {@code next} says the same).
     */
    static void linkNext(Context ctx, String next) {
        if (next == null) {
            return;
        }
        StringBuilder url = new StringBuilder(ctx.path());
        char sep = '?';
        for (var e : ctx.queryParamMap().entrySet()) {
            if (e.getKey().equals("cursor")) {
                continue;
            }
            for (String v : e.getValue()) {
                url.append(sep).append(Links.encode(e.getKey())).append('=').append(Links.encode(v));
                sep = '&';
            }
        }
        url.append(sep).append("cursor=").append(Links.encode(next));
        ctx.header("Link", "<" + url + ">; rel=\"next\"");
    }

    /** The model id named by {@code ?model=} (id, name or alias), null when absent; unknown is a 404. */
    private static String modelFilter(Context ctx, ServerContext app) {
        String m = ctx.queryParam("model");
        if (m == null || m.isBlank()) {
            return null;
        }
        return app.db().models().resolve(m.trim()).map(ModelSummary::id).orElseThrow(() -> noModel(m));
    }

    private static String attributeFilter(Context ctx) {
        String a = ctx.queryParam("attribute");
        if (a == null || a.isBlank()) {
            return null;
        }
        if (!Attributes.isKnown(a.trim())) {
            throw ApiException.badRequest("unknown attribute '" + a + "': expected one of "
                    + String.join(", ", new TreeSet<>(Attributes.schemaAttributes())) + ", or benchmark:<name>");
        }
        return a.trim();
    }

    private static FlagKind kindFilter(Context ctx) {
        String k = ctx.queryParam("kind");
        if (k == null || k.isBlank()) {
            return null;
        }
        try {
            return FlagKind.parse(k);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    private static FlagView flag(Context ctx, ServerContext app) {
        String s = ctx.pathParam("id");
        try {
            long id = Long.parseLong(s);
            return app.db().flags().find(id).orElseThrow(() -> ApiException.notFound("no flag " + id));
        } catch (NumberFormatException e) {
            throw ApiException.notFound("no flag '" + s + "': flag ids are whole numbers");
        }
    }

    private static ApiException noModel(String m) {
        return ApiException.notFound("no model '" + m + "' (by id, name or alias); GET /api/models lists them");
    }

    /** scheme://host[:port] for absolute URLs in JSON-LD and feeds: {@link PublicUrl#origin}. */
    public static String origin(Context ctx) {
        return PublicUrl.origin(ctx);
    }
}
