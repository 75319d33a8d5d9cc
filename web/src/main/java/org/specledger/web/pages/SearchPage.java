package org.specledger.web.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import org.specledger.db.ClaimView;

/** Turns a {@link SearchState} into the search page's {@link SearchView}: hits with their claims, facet links, pages. */
public final class SearchPage {
    /** Claims listed under one hit; the document page has them all. */
    static final int CLAIMS_PER_HIT = 6;

    private final Searcher searcher;
    private final java.util.function.Function<List<Long>, java.util.Map<Long, List<ClaimView>>> claimsOfAll;

    /**
     * @param searcher the index, or null when none is wired (the page then says so)
     * @param claimsOf a document's claims by document id
     */
    public SearchPage(Searcher searcher, LongFunction<List<ClaimView>> claimsOf) {
        this.searcher = searcher;
        this.claimsOfAll = ids -> {
            java.util.Map<Long, List<ClaimView>> out = new java.util.HashMap<>();
            ids.forEach(id -> out.put(id, claimsOf.apply(id)));
            return out;
        };
    }

    /**
     * @param searcher    the index, or null when none is wired (the page then says so)
     * @param claimsOfAll the claims of a page of hits at once, by document id (at least {@link #CLAIMS_PER_HIT} each)
     */
    public SearchPage(Searcher searcher,
                      java.util.function.Function<List<Long>, java.util.Map<Long, List<ClaimView>>> claimsOfAll) {
        this.searcher = searcher;
        this.claimsOfAll = claimsOfAll;
    }

    public SearchView view(SearchState state) {
        if (searcher == null) {
            return SearchView.unavailable(state);
        }
        Searcher.Result result;
        try {
            result = searcher.search(state);
        } catch (Searcher.Unreadable e) {
            return new SearchView(state, true, e.getMessage(), 0, List.of(), facets(state, null), List.of());
        }
        List<SearchView.Hit> hits = new ArrayList<>();
        java.util.Map<Long, List<ClaimView>> claimsOf = claimsOfAll.apply(
                result.hits().stream().map(Searcher.Found::documentId).distinct().toList());
        for (Searcher.Found f : result.hits()) {
            List<ClaimView> claims = claimsOf.getOrDefault(f.documentId(), List.of());
            hits.add(new SearchView.Hit(f.documentId(), f.title(), f.url(), f.publisher(), f.publishedAt(), f.snippets(),
                    claims.size() > CLAIMS_PER_HIT ? claims.subList(0, CLAIMS_PER_HIT) : claims));
        }
        return new SearchView(state, true, null, result.total(), hits, facets(state, result),
                SearchView.pager(state, result.total()));
    }

    /**
     * The side column: every dimension with values, each value a link that toggles it. A chosen value that the
     * index did not list (outside its top values) is still shown, so that it can be removed.
     */
    static List<SearchView.FacetGroup> facets(SearchState state, Searcher.Result result) {
        List<SearchView.FacetGroup> groups = new ArrayList<>();
        for (String d : SearchState.DIMENSIONS) {
            List<SearchView.FacetValue> values = new ArrayList<>();
            List<Searcher.Count> counts = result == null ? List.of() : result.facets().getOrDefault(d, List.of());
            for (Searcher.Count c : counts) {
                values.add(new SearchView.FacetValue(c.value(), c.count(), state.has(d, c.value()),
                        state.toggling(d, c.value()).url()));
            }
            for (String chosen : state.filters().getOrDefault(d, List.of())) {
                if (counts.stream().noneMatch(c -> c.value().equals(chosen))) {
                    values.add(0, new SearchView.FacetValue(chosen, 0, true, state.removing(d, chosen).url()));
                }
            }
            if (!values.isEmpty()) {
                groups.add(new SearchView.FacetGroup(d, SearchState.label(d), values));
            }
        }
        return groups;
    }
}
