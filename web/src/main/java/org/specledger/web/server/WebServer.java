package org.specledger.web.server;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.specledger.db.Page;
import org.specledger.web.api.ApiRoutes;
import org.specledger.web.export.ExportRoutes;
import org.specledger.web.feeds.FeedRoutes;
import org.specledger.web.pages.IndexSearcher;
import org.specledger.web.pages.PageRoutes;
import org.specledger.web.security.SecurityHeaders;
import org.specledger.web.sheet.ModelClaims;
import org.specledger.web.sheet.SpecSheets;

/**
 * The Javalin server: HTML pages, the JSON API and error mapping, configured in one place.
 * {@link #create} registers every route inside {@code Javalin.create} (Javalin 7's model).
 */
public final class WebServer {
    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
    private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(ContentType.Html);

    private WebServer() {
    }

    /** Builds the server (not started). */
    public static Javalin create(ServerContext app, WebConfig cfg) {
        return Javalin.create(config -> {
            config.jetty.host = cfg.host();
            config.jetty.port = cfg.port();
            // The name is the one Javalin gives its own pool (the load bench counts these threads' CPU by it).
            QueuedThreadPool pool = new QueuedThreadPool(cfg.threads(), Math.min(8, cfg.threads()), 60_000);
            pool.setName("JettyServerThreadPool");
            config.jetty.threadPool = pool;
            config.http.maxRequestSize = cfg.maxRequestBytes();
            config.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors()));
            config.jetty.modifyServletContextHandler(h -> h.addFilter(HttpMethods.class, "/*",
                    java.util.EnumSet.of(jakarta.servlet.DispatcherType.REQUEST)));
            config.startup.showJavalinBanner = false;
            config.staticFiles.add(s -> {
                s.hostedPath = "/static";
                s.directory = "/static";
                s.location = Location.CLASSPATH;
            });
            config.fileRenderer((file, model, ctx) -> render(file, model));
            config.routes.before(SecurityHeaders::apply);
            config.routes.before(ctx -> ctx.attribute(PublicUrl.ATTRIBUTE, cfg.publicUrl()));
            config.routes.after(ctx -> { // Javalin's html() says "text/html" without a charset; the pages are UTF-8
                if ("text/html".equals(ctx.res().getContentType())) {
                    ctx.contentType("text/html; charset=utf-8");
                }
            });

            config.routes.get("/health", ctx -> ctx.json(Map.of("status", "ok",
                    "documents", app.db().documents().countLive())));
            // One spec-sheet source for the pages, the API and the fact sheets: each model's claims are kept
            // between sheets and brought up to date by what writes touched.
            ModelClaims modelClaims = new ModelClaims(app.db());
            config.events.serverStopped(modelClaims::close);
            SpecSheets sheets = new SpecSheets(app.db(), modelClaims);
            PageRoutes.register(config, app, cfg, new IndexSearcher(app.index()), sheets);
            ApiRoutes.register(config, app, cfg, sheets);
            ExportRoutes.register(config, app, sheets);
            FeedRoutes.register(config, app);
            // Last of the before-handlers, so that rate limits and CORS headers apply to cached answers too.
            ResponseCache cache = new ResponseCache(app.db());
            java.util.function.Consumer<org.specledger.db.Change> invalidate = cache::onChange;
            app.db().onChange(invalidate);
            config.events.serverStopped(() -> app.db().removeChangeListener(invalidate));
            config.routes.before(cache::before);
            config.routes.after(cache::after);

            config.routes.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.code(), e.getMessage()));
            config.routes.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, "bad_request", e.getMessage()));
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("unexpected error on {} {}", ctx.method(), ctx.path(), e);
                error(ctx, 500, "internal", "internal error; the server log has the details");
            });
            config.routes.error(404, ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty() || ctx.result().startsWith("Endpoint")) {
                    error(ctx, 404, "not_found", "no such page: " + ctx.path());
                }
            });
        });
    }

    /** The page size from {@code limit}: 1..500, default 50; anything else is a 400 with the reason. */
    public static int limit(Context ctx) {
        return intParam(ctx, "limit", Page.DEFAULT_LIMIT, 1, Page.MAX_LIMIT);
    }

    /** A whole-number query parameter within [min, max], {@code dflt} when absent; anything else is a 400 saying why. */
    public static int intParam(Context ctx, String name, int dflt, int min, int max) {
        String s = ctx.queryParam(name);
        if (s == null || s.isBlank()) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(s.strip());
            if (n < min || n > max) {
                throw ApiException.badRequest(name + " must be between " + min + " and " + max + ", not " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(name + " must be a whole number, not '" + s + "'");
        }
    }

    /** The {@code cursor} parameter of a list page, checked: one that is not a cursor this server gave is a 400. */
    public static String cursor(Context ctx) {
        String c = ctx.queryParam("cursor");
        try {
            Page.decodeCursor(c);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        return c;
    }

    public static long pathId(Context ctx) {
        String s = ctx.pathParam("id");
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw ApiException.notFound("no document '" + s + "'");
        }
    }

    private static void error(Context ctx, int status, String code, String message) {
        ctx.status(status);
        if (ctx.path().startsWith("/api/") || ctx.path().equals("/openapi.json")) {
            ctx.json(Map.of("error", Map.of("code", code, "message", message == null ? code : message)));
        } else {
            ctx.html(render("pages/error.jte", Map.of("status", status, "message", message == null ? code : message)));
        }
    }

    /** Renders a precompiled template; jte wants a mutable map of the model. */
    public static String render(String template, Map<String, ?> model) {
        StringOutput out = new StringOutput();
        TEMPLATES.render(template, new HashMap<>(model), out);
        return out.toString();
    }
}
