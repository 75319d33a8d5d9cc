package org.specledger.index;

import java.util.List;
import java.util.Map;

/**
 * One search.
 *
 * @param query   the query box: words, "phrases", AND/OR/NOT, field:value (model:, org:, attribute:, publisher:,
 *                hedge:, lang:) and date:[2026-01-01 TO 2026-03-31]; words are ANDed. Null or blank = everything
 * @param filters facet drill-down: {@link Dimension} key → facet values; values of one dimension are ORed,
 *                dimensions are ANDed. Null = none
 * @param from    first publication date included (ISO 2026-01-31, 2026-01 or 2026), or null
 * @param to      last publication date included (same forms; 2026-01 means up to 31 January), or null
 * @param sort    relevance (the default when null) or newest first
 * @param offset  hits to skip, at least 0 and at most {@value #MAX_OFFSET}
 * @param limit   hits to return: 1 to {@value #MAX_LIMIT}; 0 or less means {@value #DEFAULT_LIMIT}
 */
public record SearchRequest(String query, Map<String, List<String>> filters, String from, String to, Sort sort,
                            int offset, int limit) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 500;
    /** Deep paging costs a sort over offset+limit hits; past this, narrow the query instead. */
    public static final int MAX_OFFSET = 10_000;

    /** The order of hits. */
    public enum Sort {
        RELEVANCE,
        /** Newest publication date first; undated documents last. */
        DATE
    }

    public SearchRequest {
        filters = filters == null ? Map.of() : Map.copyOf(filters);
        sort = sort == null ? Sort.RELEVANCE : sort;
        if (offset < 0 || offset > MAX_OFFSET) {
            throw new IllegalArgumentException("offset must be 0.." + MAX_OFFSET + ", got " + offset);
        }
        limit = limit <= 0 ? DEFAULT_LIMIT : Math.min(limit, MAX_LIMIT);
    }

    /** The first page of a query box search by relevance, without filters. */
    public static SearchRequest of(String query) {
        return new SearchRequest(query, Map.of(), null, null, Sort.RELEVANCE, 0, DEFAULT_LIMIT);
    }

    public SearchRequest withFilters(Map<String, List<String>> newFilters) {
        return new SearchRequest(query, newFilters, from, to, sort, offset, limit);
    }

    public SearchRequest withDates(String newFrom, String newTo) {
        return new SearchRequest(query, filters, newFrom, newTo, sort, offset, limit);
    }

    public SearchRequest withSort(Sort newSort) {
        return new SearchRequest(query, filters, from, to, newSort, offset, limit);
    }

    public SearchRequest withPage(int newOffset, int newLimit) {
        return new SearchRequest(query, filters, from, to, sort, newOffset, newLimit);
    }
}
