package org.specledger.web.api;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.specledger.claims.Attributes;
import org.specledger.claims.Hedge;
import org.specledger.db.ModelSummary;
import org.specledger.index.FacetCount;
import org.specledger.index.Hit;
import org.specledger.index.QueryException;
import org.specledger.index.SearchRequest;
import org.specledger.index.SearchResult;
import org.specledger.index.Segment;
import org.specledger.index.Snippet;
import org.specledger.web.server.ServerContext;
import org.specledger.web.server.ApiException;
import org.specledger.web.server.WebServer;

/**
 * {@code GET /api/search}: full-text search with facets (SPEC_SCHEMA.md). Each hit's {@code snippet} is plain
 * text with the matched words wrapped in « and »; clients escape it like any other text.
 */
final class SearchApi {
    static final int DEFAULT_LIMIT = 50;

    private SearchApi() {
    }

    static Map<String, Object> search(Context ctx, ServerContext app) {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        String model = ctx.queryParam("model");
        if (model != null && !model.isBlank()) {
            ModelSummary m = app.db().models().resolve(model.strip())
                    .orElseThrow(() -> ApiException.notFound("no model '" + model + "'"));
            filters.put("model", List.of(m.name()));
        }
        String attribute = ctx.queryParam("attribute");
        if (attribute != null && !attribute.isBlank()) {
            if (!Attributes.isKnown(attribute.strip())) {
                throw ApiException.badRequest("unknown attribute '" + attribute + "' (see SPEC_SCHEMA: e.g."
                        + " total_parameters, context_length, benchmark:mmlu)");
            }
            filters.put("attribute", List.of(attribute.strip()));
        }
        String hedge = ctx.queryParam("hedge");
        if (hedge != null && !hedge.isBlank()) {
            filters.put("hedge", List.of(Hedge.parse(hedge).json()));
        }
        String flagged = ctx.queryParam("flagged");
        if (flagged != null && !flagged.isBlank()) {
            if (!flagged.equals("true") && !flagged.equals("false")) {
                throw ApiException.badRequest("flagged must be true or false, not '" + flagged + "'");
            }
            filters.put("flagged", List.of(flagged));
        }
        for (String dim : List.of("org", "publisher", "year", "lang")) {
            List<String> vs = ctx.queryParams(dim).stream().filter(v -> !v.isBlank()).toList();
            if (!vs.isEmpty()) {
                filters.put(dim, vs);
            }
        }
        String sort = ctx.queryParam("sort");
        SearchRequest.Sort order;
        if (sort == null || sort.isBlank() || sort.equals("relevance")) {
            order = SearchRequest.Sort.RELEVANCE;
        } else if (sort.equals("date")) {
            order = SearchRequest.Sort.DATE;
        } else {
            throw ApiException.badRequest("sort must be relevance or date, not '" + sort + "'");
        }
        int limit = WebServer.intParam(ctx, "limit", DEFAULT_LIMIT, 1, SearchRequest.MAX_LIMIT);
        int offset = WebServer.intParam(ctx, "offset", 0, 0, SearchRequest.MAX_OFFSET);
        SearchRequest request;
        try {
            request = new SearchRequest(ctx.queryParam("q"), filters, blankToNull(ctx.queryParam("from")),
                    blankToNull(ctx.queryParam("to")), order, offset, limit);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        SearchResult r;
        try {
            r = app.index().search(request);
        } catch (QueryException e) {
            throw e.tooCostly() ? new ApiException(422, "query_too_costly", e.getMessage())
                    : ApiException.badRequest(e.getMessage());
        }
        List<Map<String, Object>> items = new ArrayList<>();
        for (Hit h : r.hits()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("documentId", h.documentId());
            item.put("title", h.title());
            item.put("url", h.url());
            item.put("snippet", snippet(h.snippets()));
            item.put("publisher", h.publisher());
            item.put("publishedAt", h.publishedAt());
            items.add(item);
        }
        Map<String, Object> facets = new LinkedHashMap<>();
        for (var e : r.facets().entrySet()) {
            List<Map<String, Object>> counts = new ArrayList<>();
            for (FacetCount c : e.getValue()) {
                counts.add(Map.of("value", c.value(), "count", c.count()));
            }
            facets.put(e.getKey(), counts);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", r.total());
        body.put("items", items);
        body.put("facets", facets);
        return body;
    }

    /** The snippets as one plain string, matched words in « », passages joined by " … ". */
    static String snippet(List<Snippet> snippets) {
        StringBuilder sb = new StringBuilder();
        for (Snippet s : snippets) {
            if (!sb.isEmpty()) {
                sb.append(" … ");
            }
            for (Segment seg : s.segments()) {
                sb.append(seg.match() ? "«" + seg.text() + "»" : seg.text());
            }
        }
        return sb.toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
