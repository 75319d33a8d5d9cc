package org.specledger.web.pages;

import io.javalin.config.JavalinConfig;
import java.util.Map;
import org.specledger.web.app.AppContext;
import org.specledger.web.server.ApiException;
import org.specledger.web.server.WebServer;

/** Registers the HTML pages' routes. */
public final class PageRoutes {
    private PageRoutes() {
    }

    public static void register(JavalinConfig config, AppContext app) {
        config.routes.get("/", ctx -> ctx.redirect("/documents"));
        config.routes.get("/documents", ctx -> {
            var page = app.db().documents().list(ctx.queryParam("cursor"), WebServer.limit(ctx));
            ctx.render("pages/documents.jte", Map.of("documents", page.items(),
                    "next", page.next() == null ? "" : page.next()));
        });
        config.routes.get("/documents/{id}", ctx -> {
            long id = WebServer.pathId(ctx);
            var doc = app.db().documents().find(id).orElseThrow(() -> ApiException.notFound("no document " + id));
            ctx.render("pages/document.jte", Map.of("document", doc, "claims", app.db().claims().byDocument(id)));
        });
    }
}
