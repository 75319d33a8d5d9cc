package org.specledger.bench.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.specledger.index.SearchRequest;
import org.specledger.index.SearchResult;
import org.specledger.index.lucene.LuceneSearchIndex;

/**
 * Issue 14, item 2: a query's total and facet counts are kept per reader, so a repeated query only searches its
 * page of hits. The answers must be the same as when they were counted: every query of {@code bench search},
 * run cold on one index and then again (counts reused), gives equal results; and a write is seen at once.
 */
class CountedQueriesTest {
    @Test
    void repeatedQueriesGiveTheSameAnswersAndWritesAreSeen() throws Exception {
        try (LuceneSearchIndex index = LuceneSearchIndex.inMemory()) {
            for (int i = 0; i < 3_000; i++) {
                index.upsert(SyntheticCorpus.document(i));
            }
            index.commit();
            List<SearchRequest> queries = SearchBench.queries();
            List<SearchResult> cold = new java.util.ArrayList<>();
            for (SearchRequest q : queries) {
                cold.add(index.search(q));
            }
            assertThat(cold).as("the corpus answers most queries").filteredOn(r -> r.total() > 0).hasSizeGreaterThan(queries.size() / 2);
            for (int i = 0; i < queries.size(); i++) {
                SearchResult warm = index.search(queries.get(i));
                assertThat(warm).as(queries.get(i).toString()).isEqualTo(cold.get(i));
                // The same words on another page or in another order: same counts, the page's own hits.
                SearchResult otherPage = index.search(queries.get(i).withPage(5, 5));
                assertThat(otherPage.total()).isEqualTo(cold.get(i).total());
                assertThat(otherPage.facets()).isEqualTo(cold.get(i).facets());
            }
            SearchRequest everything = SearchRequest.of("");
            long before = index.search(everything).total();
            index.upsert(SyntheticCorpus.document(3_000));
            assertThat(index.search(everything).total()).as("a write is counted at once").isEqualTo(before + 1);
        }
    }
}
