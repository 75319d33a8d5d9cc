package org.specledger.web.pages;

import java.util.ArrayList;
import java.util.List;
import org.specledger.db.ClaimView;

/**
 * The search page's model.
 *
 * @param state      the search as the URL states it
 * @param available  false while no search index is wired (the page says so instead of failing)
 * @param error      the query parser's message when the query box cannot be read, else null
 * @param total      documents matching
 * @param hits       this page's hits
 * @param facets     the side column, in {@link SearchState#DIMENSIONS} order, empty groups left out
 * @param pages      pagination links (empty when everything fits on one page)
 */
public record SearchView(SearchState state, boolean available, String error, long total, List<Hit> hits,
                         List<FacetGroup> facets, List<PageLink> pages) {

    /** A run of snippet text; {@code match} runs are shown in {@code <mark>}. Plain text: jte escapes it. */
    public record Part(String text, boolean match) {
    }

    /** One document found, with its highlighted passages and the claims it makes. */
    public record Hit(long documentId, String title, String url, String publisher, String publishedAt,
                      List<List<Part>> snippets, List<ClaimView> claims) {
    }

    /** One value of a facet: clicking it toggles it in the URL. */
    public record FacetValue(String value, long count, boolean active, String url) {
    }

    public record FacetGroup(String dimension, String label, List<FacetValue> values) {
    }

    /** A pagination link; {@code url} null for the current page or a gap ("…"). */
    public record PageLink(String label, String url, boolean current) {
    }

    /** The page before the index is wired. */
    public static SearchView unavailable(SearchState state) {
        return new SearchView(state, false, null, 0, List.of(), List.of(), List.of());
    }

    /** The active filters as removable chips: each link leads to the search without that value. */
    public List<FacetValue> activeFilters() {
        List<FacetValue> out = new ArrayList<>();
        state.filters().forEach((d, vs) -> vs.forEach(v ->
                out.add(new FacetValue(SearchState.label(d) + ": " + v, 0, true, state.removing(d, v).url()))));
        return out;
    }

    /**
     * Links for the pages around the current one: previous, first, a window of two either side, last, next;
     * gaps shown as "…". Nothing when there is one page.
     */
    public static List<PageLink> pager(SearchState state, long total) {
        int last = (int) Math.min(SearchState.MAX_PAGE, (total + SearchState.PAGE_SIZE - 1) / SearchState.PAGE_SIZE);
        int cur = Math.min(state.page(), Math.max(last, 1));
        List<PageLink> out = new ArrayList<>();
        if (last <= 1) {
            return out;
        }
        if (cur > 1) {
            out.add(new PageLink("← Previous", state.onPage(cur - 1).url(), false));
        }
        int from = Math.max(1, cur - 2);
        int to = Math.min(last, cur + 2);
        if (from > 1) {
            out.add(link(state, 1, cur));
            if (from > 2) {
                out.add(new PageLink("…", null, false));
            }
        }
        for (int p = from; p <= to; p++) {
            out.add(link(state, p, cur));
        }
        if (to < last) {
            if (to < last - 1) {
                out.add(new PageLink("…", null, false));
            }
            out.add(link(state, last, cur));
        }
        if (cur < last) {
            out.add(new PageLink("Next →", state.onPage(cur + 1).url(), false));
        }
        return out;
    }

    private static PageLink link(SearchState state, int p, int cur) {
        return p == cur ? new PageLink(String.valueOf(p), null, true) : new PageLink(String.valueOf(p), state.onPage(p).url(), false);
    }
}
