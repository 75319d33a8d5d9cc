package org.specledger.web.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.specledger.web.server.Links;

/**
 * Everything a search page shows, read from and written to its URL, so that a link reproduces the page:
 * {@code /search?q=…&model=GLM-4.5&hedge=rumoured&sort=date&page=2}. Facet filters of one dimension are ORed,
 * dimensions are ANDed (as the index does).
 *
 * @param query   the query box, "" when empty
 * @param filters facet dimension key → chosen values, in {@link #DIMENSIONS} order, without empty lists
 * @param sort    "relevance" (default) or "date"
 * @param page    1-based page number
 */
public record SearchState(String query, Map<String, List<String>> filters, String sort, int page) {

    /** The facet dimensions in the order the side column shows them (the index's {@code Dimension} keys). */
    public static final List<String> DIMENSIONS =
            List.of("model", "org", "attribute", "publisher", "year", "hedge", "flagged", "lang");
    public static final String RELEVANCE = "relevance";
    public static final String DATE = "date";
    /** Hits per page. */
    public static final int PAGE_SIZE = 20;
    /** The last page reachable by paging (the index refuses deeper offsets). */
    public static final int MAX_PAGE = 10_000 / PAGE_SIZE;
    /** Values kept per dimension; more in a URL are ignored. */
    static final int MAX_VALUES = 50;

    public SearchState {
        query = query == null ? "" : query.strip();
        Map<String, List<String>> clean = new LinkedHashMap<>();
        for (String d : DIMENSIONS) {
            List<String> vs = filters == null ? null : filters.get(d);
            if (vs != null) {
                List<String> kept = vs.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).distinct()
                        .limit(MAX_VALUES).toList();
                if (!kept.isEmpty()) {
                    clean.put(d, kept);
                }
            }
        }
        filters = java.util.Collections.unmodifiableMap(clean);
        sort = DATE.equals(sort) ? DATE : RELEVANCE;
        page = Math.max(1, Math.min(page, MAX_PAGE));
    }

    /** Reads a state from query parameters; unknown parameters and bad numbers are ignored, never an error. */
    public static SearchState fromParams(Map<String, List<String>> params) {
        String q = first(params, "q");
        int page = 1;
        try {
            String p = first(params, "page");
            page = p.isEmpty() ? 1 : Integer.parseInt(p);
        } catch (NumberFormatException ignored) {
            // A hand-edited page number falls back to the first page.
        }
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (String d : DIMENSIONS) {
            if (params.containsKey(d)) {
                filters.put(d, params.get(d));
            }
        }
        return new SearchState(q, filters, first(params, "sort"), page);
    }

    private static String first(Map<String, List<String>> params, String key) {
        List<String> vs = params.get(key);
        return vs == null || vs.isEmpty() || vs.get(0) == null ? "" : vs.get(0);
    }

    public boolean has(String dimension, String value) {
        return filters.getOrDefault(dimension, List.of()).contains(value);
    }

    public boolean hasFilters() {
        return !filters.isEmpty();
    }

    /** The same search with one more facet value (back to page 1: the hit list changes). */
    public SearchState adding(String dimension, String value) {
        Map<String, List<String>> f = copy();
        List<String> vs = new ArrayList<>(f.getOrDefault(dimension, List.of()));
        if (!vs.contains(value)) {
            vs.add(value);
        }
        f.put(dimension, vs);
        return new SearchState(query, f, sort, 1);
    }

    /** The same search without one facet value (back to page 1). */
    public SearchState removing(String dimension, String value) {
        Map<String, List<String>> f = copy();
        List<String> vs = new ArrayList<>(f.getOrDefault(dimension, List.of()));
        vs.remove(value);
        f.put(dimension, vs);
        return new SearchState(query, f, sort, 1);
    }

    /** Adds the value when absent, removes it when present: what a click on a facet does. */
    public SearchState toggling(String dimension, String value) {
        return has(dimension, value) ? removing(dimension, value) : adding(dimension, value);
    }

    public SearchState sortedBy(String newSort) {
        return new SearchState(query, filters, newSort, 1);
    }

    public SearchState onPage(int newPage) {
        return new SearchState(query, filters, sort, newPage);
    }

    /** The number of the zero-based first hit of this page. */
    public int offset() {
        return (page - 1) * PAGE_SIZE;
    }

    private Map<String, List<String>> copy() {
        return new LinkedHashMap<>(filters);
    }

    /** The URL of this state; defaults (relevance, page 1) are left out so that links stay short. */
    public String url() {
        StringBuilder sb = new StringBuilder(Links.search());
        char[] sep = {'?'};
        if (!query.isEmpty()) {
            param(sb, sep, "q", query);
        }
        filters.forEach((d, vs) -> vs.forEach(v -> param(sb, sep, d, v)));
        if (DATE.equals(sort)) {
            param(sb, sep, "sort", sort);
        }
        if (page > 1) {
            param(sb, sep, "page", String.valueOf(page));
        }
        return sb.toString();
    }

    private static void param(StringBuilder sb, char[] sep, String key, String value) {
        sb.append(sep[0]).append(key).append('=').append(Links.encode(value));
        sep[0] = '&';
    }

    /** Human name of a dimension for the facet column. */
    public static String label(String dimension) {
        return switch (dimension) {
            case "model" -> "Model";
            case "org" -> "Organisation";
            case "attribute" -> "Attribute";
            case "publisher" -> "Publisher";
            case "year" -> "Year";
            case "hedge" -> "Hedge";
            case "flagged" -> "Flagged";
            case "lang" -> "Language";
            default -> dimension;
        };
    }
}
