package org.specledger.web.pages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.specledger.index.FacetCount;
import org.specledger.index.Hit;
import org.specledger.index.QueryException;
import org.specledger.index.SearchIndex;
import org.specledger.index.SearchRequest;
import org.specledger.index.SearchResult;

/** The search page's {@link Searcher} over the real index: a page state becomes a request, a result a page. */
public final class IndexSearcher implements Searcher {
    private final SearchIndex index;

    public IndexSearcher(SearchIndex index) {
        this.index = index;
    }

    @Override
    public Result search(SearchState state) throws Unreadable {
        SearchRequest request = new SearchRequest(state.query(), state.filters(), null, null,
                SearchState.DATE.equals(state.sort()) ? SearchRequest.Sort.DATE : SearchRequest.Sort.RELEVANCE,
                state.offset(), SearchState.PAGE_SIZE);
        SearchResult r;
        try {
            r = index.search(request);
        } catch (QueryException e) {
            throw new Unreadable(e.getMessage());
        }
        List<Found> hits = r.hits().stream().map(IndexSearcher::found).toList();
        Map<String, List<Count>> facets = new LinkedHashMap<>();
        for (var e : r.facets().entrySet()) {
            facets.put(e.getKey(), e.getValue().stream().map((FacetCount c) -> new Count(c.value(), c.count())).toList());
        }
        return new Result(r.total(), hits, facets);
    }

    private static Found found(Hit h) {
        List<List<SearchView.Part>> snippets = h.snippets().stream()
                .map(s -> s.segments().stream().map(seg -> new SearchView.Part(seg.text(), seg.match())).toList())
                .toList();
        return new Found(h.documentId(), h.title(), h.url(), h.publisher(), h.publishedAt(), snippets);
    }
}
