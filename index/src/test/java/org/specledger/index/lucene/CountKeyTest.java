package org.specledger.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.DrillDownQuery;
import org.junit.jupiter.api.Test;
import org.specledger.index.SearchRequest;

/**
 * The key a query's total and facet counts are kept under: a filtered search asked again (another page, another
 * order, the filters listed in another order) finds the counts of the first, and different filters never do.
 * Keyed by the DrillDownQuery itself, every filtered search missed (its equals compares builders by identity).
 */
class CountKeyTest {
    private final LuceneSearchIndex index = LuceneSearchIndex.inMemory();

    private LuceneSearchIndex.CountKey key(SearchRequest r) throws Exception {
        return LuceneSearchIndex.CountKey.of((DrillDownQuery) index.toLuceneQuery(r), r);
    }

    @Test
    void theSameFiltersGiveTheSameKeyWhateverThePageOrderOrSort() throws Exception {
        SearchRequest a = SearchRequest.of("training").withFilters(Map.of("org", List.of("Huawei", "Zhipu"),
                "hedge", List.of("stated")));
        SearchRequest b = SearchRequest.of("training").withFilters(Map.of("hedge", List.of("stated"),
                "org", List.of("Zhipu", "Huawei"))).withPage(20, 20).withSort(SearchRequest.Sort.DATE);
        assertThat(key(b)).isEqualTo(key(a));
        assertThat(key(b).hashCode()).isEqualTo(key(a).hashCode());
    }

    @Test
    void otherWordsOrFiltersGiveAnotherKey() throws Exception {
        SearchRequest a = SearchRequest.of("training").withFilters(Map.of("org", List.of("Huawei")));
        assertThat(key(SearchRequest.of("training").withFilters(Map.of("org", List.of("Zhipu"))))).isNotEqualTo(key(a));
        assertThat(key(SearchRequest.of("training").withFilters(Map.of("publisher", List.of("Huawei"))))).isNotEqualTo(key(a));
        assertThat(key(SearchRequest.of("cluster").withFilters(Map.of("org", List.of("Huawei"))))).isNotEqualTo(key(a));
        assertThat(key(SearchRequest.of("training"))).isNotEqualTo(key(a));
        assertThat(key(SearchRequest.of("training").withFilters(Map.of("org", List.of("Huawei")))
                .withDates("2025-01", null))).isNotEqualTo(key(a));
    }
}
