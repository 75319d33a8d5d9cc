package org.specledger.web.pages;

import java.util.List;
import java.util.Map;

/**
 * What the search page needs from the search index: one page of hits for a {@link SearchState}, with facet counts.
 * An adapter over {@code org.specledger.index.SearchIndex} implements it (a few lines: state → SearchRequest with
 * offset {@link SearchState#offset()} and limit {@link SearchState#PAGE_SIZE}; SearchResult → {@link Result}).
 */
@FunctionalInterface
public interface Searcher {

    /**
     * @throws Unreadable when the query box cannot be parsed; its message is shown beside the box
     */
    Result search(SearchState state) throws Unreadable;

    /** A matching document before its claims are looked up. */
    record Found(long documentId, String title, String url, String publisher, String publishedAt,
                 List<List<SearchView.Part>> snippets) {
    }

    /** A facet value with the number of matches that adding it alone would give. */
    record Count(String value, long count) {
    }

    /**
     * @param facets dimension key → its values, most frequent first
     */
    record Result(long total, List<Found> hits, Map<String, List<Count>> facets) {
    }

    /** The query parser's refusal, worded for the person who typed the query. */
    final class Unreadable extends Exception {
        public Unreadable(String message) {
            super(message);
        }
    }
}
