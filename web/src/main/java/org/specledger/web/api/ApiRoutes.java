package org.specledger.web.api;

import io.javalin.config.JavalinConfig;
import java.util.LinkedHashMap;
import java.util.Map;
import org.specledger.web.app.AppContext;
import org.specledger.web.server.WebServer;

/** Registers the JSON API's routes. */
public final class ApiRoutes {
    private ApiRoutes() {
    }

    public static void register(JavalinConfig config, AppContext app) {
        config.routes.get("/api/documents", ctx -> {
            var page = app.db().documents().list(ctx.queryParam("cursor"), WebServer.limit(ctx));
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("items", page.items());
            body.put("next", page.next());
            ctx.json(body);
        });
    }
}
