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
    private final LongFunction<List<ClaimView>> claimsOf;

    /**
     * @param searcher the index, or null when none is wired (the page then says so)
     * @param claimsOf a document's claims by document id
     */
    public SearchPage(Searcher searcher, LongFunction<List<ClaimView>> claimsOf) {
        this.searcher = searcher;
        this.claimsOf = claimsOf;
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
        for (Searcher.Found f : result.hits()) {
            List<ClaimView> claims = claimsOf.apply(f.documentId());
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
