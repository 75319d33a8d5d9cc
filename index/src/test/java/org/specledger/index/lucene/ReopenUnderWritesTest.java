package org.specledger.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.specledger.index.Hit;
import org.specledger.index.SearchRequest;
import org.specledger.index.SearchResult;

/**
 * Searches while another thread writes: a search repeated on the same reader is answered from what the reader
 * kept, yet a write by another thread is found once the reopen interval has passed, with the fields of its new
 * version (stored fields are kept by segment and survive reopens; a re-indexed document is another segment's).
 */
class ReopenUnderWritesTest {
    @Test
    void anotherThreadsWriteIsFoundAfterTheReopenIntervalWithItsNewFields() throws Exception {
        ExecutorService writer = Executors.newSingleThreadExecutor();
        try (LuceneSearchIndex index = LuceneSearchIndex.inMemory()) {
            writer.submit(() -> index.upsert(Corpus.doc(1, "en", "Wire", "2026-03-01", "First title",
                    "The lab trained its model on Ascend cards."))).get();
            waitOutReopenInterval();
            SearchRequest q = SearchRequest.of("Ascend");
            SearchResult first = index.search(q);
            assertThat(first.hits()).extracting(Hit::title).containsExactly("First title");
            assertThat(index.search(q)).as("the same reader, the same request: the kept answer").isEqualTo(first);

            writer.submit(() -> {
                index.upsert(Corpus.doc(1, "en", "Wire", "2026-03-01", "Corrected title",
                        "The lab trained its model on Ascend cards, a correction said."));
                index.upsert(Corpus.doc(2, "en", "Desk", "2026-03-02", "Second report",
                        "Another lab also trained on Ascend parts."));
            }).get();
            waitOutReopenInterval();
            SearchResult after = index.search(q);
            assertThat(after.total()).isEqualTo(2);
            assertThat(after.hits()).extracting(Hit::title).containsExactlyInAnyOrder("Corrected title", "Second report");
            assertThat(after.facets().get("publisher")).extracting(org.specledger.index.FacetCount::value)
                    .containsExactlyInAnyOrder("Wire", "Desk");
        } finally {
            writer.shutdownNow();
        }
    }

    @Test
    void aThreadSeesItsOwnWriteAtOnce() throws Exception {
        try (LuceneSearchIndex index = LuceneSearchIndex.inMemory()) {
            index.upsert(Corpus.doc(1, "en", "Wire", "2026-03-01", "One", "Kunlun chips in the cluster."));
            assertThat(index.search(SearchRequest.of("Kunlun")).hits()).hasSize(1);
            index.upsert(Corpus.doc(2, "en", "Wire", "2026-03-02", "Two", "More Kunlun chips."));
            assertThat(index.search(SearchRequest.of("Kunlun")).hits()).extracting(Hit::title)
                    .containsExactlyInAnyOrder("One", "Two");
            assertThat(List.of(index.count())).containsExactly(2L);
        }
    }

    private static void waitOutReopenInterval() throws InterruptedException {
        Thread.sleep(LuceneSearchIndex.REOPEN_INTERVAL_NANOS / 1_000_000 + 50);
    }
}
