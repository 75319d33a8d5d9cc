package org.specledger.web.pages;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.specledger.claims.Attributes;
import org.specledger.claims.FlagKind;
import org.specledger.db.ClaimView;
import org.specledger.db.Database;
import org.specledger.db.DocumentRepository.Revision;
import org.specledger.db.FlagView;
import org.specledger.db.ModelSummary;
import org.specledger.db.Page;
import org.specledger.web.server.ServerContext;
import org.specledger.web.security.AdminToken;
import org.specledger.web.security.BasicSourceUrlCheck;
import org.specledger.web.security.CsrfTokens;
import org.specledger.web.security.SourceUrlCheck;
import org.specledger.web.server.ApiException;
import org.specledger.web.server.Links;
import org.specledger.web.server.WebConfig;
import org.specledger.web.server.WebServer;
import org.specledger.web.sheet.SpecSheet;
import org.specledger.web.sheet.SpecSheets;

/** Registers the HTML pages' routes; each page renders one typed model with one template. */
public final class PageRoutes {
    /** Crawl log lines shown on the sources page. */
    static final int LOG_LINES = 100;
    /**
     * Flags per page of the board when {@code ?limit=} does not say (at most {@link #MAX_FLAGS_PER_PAGE}). A page
     * of 100 flags with every claim behind them was a 4 MB page on the load bench's corpus (a conflict rests on
     * 50-220 claims there), rendered in 3 s.
     */
    static final int FLAGS_PER_PAGE = 20;
    static final int MAX_FLAGS_PER_PAGE = 100;
    /** Claims listed under a flag on the board; the spec sheet (linked) lists them all. */
    static final int CLAIMS_PER_FLAG = 5;

    private final ServerContext app;
    private final AdminToken admin;
    private final SourceUrlCheck urlCheck;
    private final SpecSheets sheets;
    private final SearchPage searchPage;
    private final HitClaims hitClaims;

    private PageRoutes(ServerContext app, AdminToken admin, SourceUrlCheck urlCheck, Searcher searcher,
                       SpecSheets sheets) {
        this.app = app;
        this.admin = admin;
        this.urlCheck = urlCheck;
        this.sheets = sheets;
        // Only the claims a hit lists: a long report makes dozens, and the page shows a few.
        this.hitClaims = new HitClaims(app.db(), SearchPage.CLAIMS_PER_HIT);
        this.searchPage = new SearchPage(searcher, hitClaims::of);
    }

    /** Registers the pages without admin actions (no token configured). */
    public static void register(JavalinConfig config, ServerContext app) {
        register(config, app, WebConfig.defaults());
    }

    /** Registers the pages without a search index (the search page says the index is not available). */
    public static void register(JavalinConfig config, ServerContext app, WebConfig cfg) {
        register(config, app, cfg, null);
    }

    /** Registers the pages; {@code searcher} (null = none) answers the search page. */
    public static void register(JavalinConfig config, ServerContext app, WebConfig cfg, Searcher searcher) {
        register(config, app, cfg, searcher, new SpecSheets(app.db()));
    }

    /** Registers the pages; spec sheets come from {@code sheets} (the server shares one with the API). */
    public static void register(JavalinConfig config, ServerContext app, WebConfig cfg, Searcher searcher,
                                SpecSheets sheets) {
        PageRoutes p = new PageRoutes(app, new AdminToken(cfg.adminToken()), new BasicSourceUrlCheck(), searcher, sheets);
        config.events.serverStopped(p.hitClaims::close);
        config.routes.get("/", p::search);
        config.routes.get("/search", p::search);
        config.routes.get("/documents", p::documents);
        config.routes.get("/documents/{id}", p::document);
        config.routes.get("/models", p::models);
        config.routes.get("/models/{id}", p::model);
        config.routes.get("/flags", p::flags);
        config.routes.get("/benchmarks", p::benchmarks);
        config.routes.get("/sources", p::sources);
        config.routes.post("/sources", p::addSource);
    }

    private Database db() {
        return app.db();
    }

    /** Search: a query the parser refuses is shown on the page with its message (status 400), not an error page. */
    private void search(Context ctx) {
        SearchView view = searchPage.view(SearchState.fromParams(ctx.queryParamMap()));
        if (view.error() != null) {
            ctx.status(400);
        }
        ctx.render("pages/search.jte", Map.of("view", view));
    }

    private void documents(Context ctx) {
        var page = db().documents().list(ctx.queryParam("cursor"), WebServer.limit(ctx));
        ctx.render("pages/documents.jte", Map.of("documents", page.items(),
                "next", page.next() == null ? "" : page.next()));
    }

    private void document(Context ctx) {
        long id = WebServer.pathId(ctx);
        var doc = db().documents().find(id).orElseThrow(() -> ApiException.notFound("no document " + id));
        List<ClaimView> claims = db().claims().byDocument(id);
        // This document's flagged claims only: every flagged claim of the ledger was read here per request.
        Set<Long> flaggedAll = new HashSet<>(db().flags().flaggedClaimIdsOfDocument(id));
        Set<Long> flagged = new LinkedHashSet<>();
        claims.forEach(c -> {
            if (flaggedAll.contains(c.claim().id())) {
                flagged.add(c.claim().id());
            }
        });
        List<Revision> revisions = db().documents().revisions(doc.url());
        List<DocumentView.Member> group = db().documents().findAll(
                db().documents().syndicationGroupOf(id).stream().filter(o -> o != id).toList()).stream()
                .map(d -> new DocumentView.Member(d.id(), d.title(), d.publisher(), d.publishedAt(), d.url())).toList();
        HighlightedText text = HighlightedText.of(doc.text(), claims.stream().map(ClaimView::claim).toList());
        ctx.render("pages/document.jte", Map.of("view", new DocumentView(doc, text, claims, flagged, revisions, group,
                db().documentDates().find(id).orElse(null))));
    }

    private void models(Context ctx) {
        Page<ModelSummary> page = db().models().list(ctx.queryParam("cursor"), Page.MAX_LIMIT);
        ctx.render("pages/models.jte", Map.of("models", page.items(),
                "next", page.next() == null ? "" : Links.models() + "?cursor=" + Links.encode(page.next())));
    }

    /** A model's spec sheet, by id or alias; an alias redirects to the id so that shared links are canonical. */
    private void model(Context ctx) {
        String key = ctx.pathParam("id");
        SpecSheet sheet = sheets.find(key).orElseThrow(() -> ApiException.notFound("no model '" + key + "'"));
        if (!sheet.model().id().equals(key)) {
            ctx.redirect(Links.model(sheet.model().id()) + (ctx.queryString() == null ? "" : "?" + ctx.queryString()));
            return;
        }
        String attribute = blankToNull(ctx.queryParam("attribute"));
        if (attribute != null && sheet.specs().stream().noneMatch(s -> s.attribute().equals(attribute))) {
            throw ApiException.notFound("'" + sheet.model().name() + "' has no claims about '" + attribute + "'");
        }
        ctx.render("pages/model.jte", Map.of("view", SheetView.of(sheet, attribute)));
    }

    private void flags(Context ctx) {
        String kindParam = blankToNull(ctx.queryParam("kind"));
        String modelParam = blankToNull(ctx.queryParam("model"));
        FlagKind kind = kindParam == null ? null : FlagKind.parse(kindParam);
        String modelId = modelParam == null ? null
                : db().models().resolve(modelParam).map(ModelSummary::id).orElse(modelParam);
        int limit = WebServer.intParam(ctx, "limit", FLAGS_PER_PAGE, 1, MAX_FLAGS_PER_PAGE);
        String cursor = WebServer.cursor(ctx);
        Page<FlagView> page = db().flags().list(modelId, kind, cursor, limit);
        // One query for the claims shown (the first few of each flag), then grouped per flag.
        Set<Long> ids = new LinkedHashSet<>();
        page.items().forEach(f -> ids.addAll(shown(f)));
        Map<Long, ClaimView> claims = new HashMap<>();
        db().claims().findAll(ids).forEach(c -> claims.put(c.claim().id(), c));
        List<FlagsBoard.Row> rows = page.items().stream().map(f -> new FlagsBoard.Row(f,
                shown(f).stream().map(claims::get).filter(c -> c != null).toList(),
                f.flag().claimIds().size() - shown(f).size(), f.flag().attribute() == null ? Links.model(f.modelId())
                        : Links.modelAttributeClaims(f.modelId(), f.flag().attribute()))).toList();
        // The filters and page size of this page, carried to the next and first ones.
        String base = Links.flags(kindParam, modelId) + (limit == FLAGS_PER_PAGE ? ""
                : (kindParam == null && modelId == null ? "?" : "&") + "limit=" + limit);
        String next = page.next() == null ? null
                : base + (base.contains("?") ? "&" : "?") + "cursor=" + Links.encode(page.next());
        if (next != null) {
            ctx.header("Link", "<" + next + ">; rel=\"next\"");
        }
        List<String> kinds = java.util.Arrays.stream(FlagKind.values()).map(FlagKind::json).toList();
        ctx.render("pages/flags.jte", Map.of("board", new FlagsBoard(rows, kind == null ? "" : kind.json(),
                modelId == null ? "" : modelId, kinds, db().models().list(null, Page.MAX_LIMIT).items(), next,
                db().flags().count(modelId, kind), cursor == null || cursor.isEmpty() ? null : base)));
    }

    /** The claims of a flag listed on the board: its first {@link #CLAIMS_PER_FLAG}. */
    private static List<Long> shown(FlagView f) {
        List<Long> all = f.flag().claimIds();
        return all.size() <= CLAIMS_PER_FLAG ? all : all.subList(0, CLAIMS_PER_FLAG);
    }

    private void benchmarks(Context ctx) {
        var consensus = db().flags().consensusByAttributePrefix(Attributes.BENCHMARK_PREFIX);
        Map<String, String> names = new HashMap<>();
        Set<String> conflicted = new HashSet<>();
        for (String modelId : consensus.stream().map(c -> c.modelId()).distinct().toList()) {
            db().models().find(modelId).ifPresent(m -> names.put(m.id(), m.name()));
            for (FlagView f : db().flags().list(modelId, FlagKind.CONFLICT, null, Page.MAX_LIMIT).items()) {
                conflicted.add(modelId + "|" + f.flag().attribute());
            }
        }
        ctx.render("pages/benchmarks.jte", Map.of("table", BenchmarkTable.of(consensus, names, conflicted)));
    }

    private void sources(Context ctx) {
        renderSources(ctx, null, null, "");
    }

    private void renderSources(Context ctx, String notice, String error, String url) {
        ctx.render("pages/sources.jte", Map.of("view", new SourcesView(db().sources().all(),
                db().sources().recentLog(LOG_LINES), admin.enabled(), CsrfTokens.issue(ctx), notice, error, url)));
    }

    /**
     * Adds a crawl source. Refused with 403 when admin is disabled, the token is wrong or the CSRF token does not
     * match; with 422 (the form shown again with the reason) when the URL or its settings are not acceptable.
     */
    private void addSource(Context ctx) {
        if (!admin.enabled()) {
            ctx.status(403);
            renderSources(ctx, null, "Admin actions are disabled: start the server with an admin token.", "");
            return;
        }
        if (!CsrfTokens.valid(ctx)) {
            ctx.status(403);
            renderSources(ctx, null, "The form had expired or did not come from this site; submit it again.", "");
            return;
        }
        String url = ctx.formParam("url") == null ? "" : ctx.formParam("url").strip();
        AdminToken.Attempt attempt = admin.attempt(ctx.ip(), ctx.formParam("token"));
        if (attempt instanceof AdminToken.Attempt.Throttled t) {
            ctx.status(429);
            ctx.header("Retry-After", String.valueOf(t.retryAfterSeconds()));
            renderSources(ctx, null, "Too many wrong admin tokens from your address: try again in "
                    + t.retryAfterSeconds() + " s.", url);
            return;
        }
        if (!(attempt instanceof AdminToken.Attempt.Accepted)) {
            ctx.status(403);
            renderSources(ctx, null, "Wrong admin token.", url);
            return;
        }
        var refusal = urlCheck.rejection(url);
        String kind = ctx.formParam("kind") == null ? "page" : ctx.formParam("kind");
        if (refusal.isEmpty() && !List.of("page", "feed", "sitemap").contains(kind)) {
            refusal = java.util.Optional.of("the kind must be page, feed or sitemap");
        }
        int depth = 2;
        try {
            String d = ctx.formParam("depth");
            depth = d == null || d.isBlank() ? 2 : Integer.parseInt(d.strip());
        } catch (NumberFormatException e) {
            depth = -1;
        }
        if (refusal.isEmpty() && (depth < 0 || depth > 10)) {
            refusal = java.util.Optional.of("the depth must be a whole number from 0 to 10");
        }
        if (refusal.isPresent()) {
            ctx.status(422);
            renderSources(ctx, null, "Not added: " + refusal.get() + ".", url);
            return;
        }
        org.specledger.db.Source source;
        try {
            source = app.crawls().addAndStart(url, kind, depth);
        } catch (IllegalArgumentException e) {
            ctx.status(422);
            renderSources(ctx, null, "Not added: " + e.getMessage() + ".", url);
            return;
        }
        renderSources(ctx, "Queued: source #" + source.id() + " (" + source.url() + "); a crawl is running and the"
                + " log below shows its progress.", null, "");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
