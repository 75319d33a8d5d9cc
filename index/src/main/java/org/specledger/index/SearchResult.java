package org.specledger.index;

import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchRequest}.
 *
 * @param total  documents matching the query, dates and filters (exact)
 * @param hits   the requested page
 * @param facets {@link Dimension} key → its most frequent values among the matches, at most
 *               {@value #FACET_VALUES} per dimension, most frequent first. A dimension that is filtered counts
 *               as if its own filter were absent (the other dimensions' filters still apply), so the values a
 *               user could add are all listed: the count of a value is the total that adding it alone would give
 */
public record SearchResult(long total, List<Hit> hits, Map<String, List<FacetCount>> facets) {

    public static final int FACET_VALUES = 20;

    public SearchResult {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }
}
