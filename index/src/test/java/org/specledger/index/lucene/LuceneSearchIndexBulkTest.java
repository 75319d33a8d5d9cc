package org.specledger.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.specledger.index.Hit;
import org.specledger.index.IndexedDocument;
import org.specledger.index.SearchIndex;
import org.specledger.index.SearchRequest;
import org.specledger.index.Snippet;

class LuceneSearchIndexBulkTest {

    @TempDir
    Path tmp;

    private static final List<String> QUERIES = List.of("Ascend", "GLM 4.5", "context window", "", "昇腾",
            "org:zhipu", "DeepSeek OR Cambricon");

    /** Per query: the hits' ids and snippets (scores differ where a replaced document still counts in statistics). */
    private static List<List<String>> answers(SearchIndex index) throws Exception {
        List<List<String>> out = new ArrayList<>();
        for (String q : QUERIES) {
            out.add(index.search(SearchRequest.of(q)).hits().stream()
                    .map(h -> h.documentId() + " " + h.snippets()).sorted().toList());
        }
        return out;
    }

    @Test
    void aBulkLoadFromSeveralThreadsFindsWhatUpsertsFindAndIsCommitted() throws Exception {
        List<List<String>> expected;
        try (LuceneSearchIndex one = LuceneSearchIndex.inMemory()) {
            Corpus.documents().forEach(one::upsert);
            expected = answers(one);
        }
        Path dir = tmp.resolve("index");
        try (LuceneSearchIndex index = LuceneSearchIndex.create(dir)) {
            index.upsert(Corpus.doc(99, "en", "Tech Daily", "2026-01-01", "Stale", "A document the rebuild drops."));
            index.deleteAll();
            ExecutorService pool = Executors.newFixedThreadPool(3);
            try (SearchIndex.BulkLoad bulk = index.bulkLoad()) {
                List<Future<?>> jobs = new ArrayList<>();
                for (IndexedDocument d : Corpus.documents()) {
                    jobs.add(pool.submit(() -> bulk.add(d)));
                }
                jobs.add(pool.submit(() -> bulk.add(Corpus.documents().getFirst()))); // twice: still one
                for (Future<?> f : jobs) {
                    f.get();
                }
            } finally {
                pool.shutdown();
            }
            assertThat(index.count()).isEqualTo(8);
            assertThat(answers(index)).isEqualTo(expected);
            // Committed by close(): another reader of the folder sees the documents while the index is open.
            try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
                assertThat(reader.numDocs()).isEqualTo(8);
            }
        }
    }

    @Test
    void addingToAClosedBulkLoadFails() {
        try (LuceneSearchIndex index = LuceneSearchIndex.inMemory()) {
            SearchIndex.BulkLoad bulk = index.bulkLoad();
            bulk.close();
            bulk.close();
            assertThatThrownBy(() -> bulk.add(Corpus.documents().getFirst()))
                    .isInstanceOf(IllegalStateException.class);
            index.upsert(Corpus.documents().getFirst());
            assertThat(index.count()).isEqualTo(1);
        }
    }

    @Test
    void everyWriteIsSearchableAtOnceWhileSearchesRunWithoutWrites() throws Exception {
        try (LuceneSearchIndex index = LuceneSearchIndex.inMemory()) {
            Corpus.documents().forEach(index::upsert);
            for (int i = 0; i < 20; i++) {
                // Searches between writes see the same documents; each write is seen by the next search.
                assertThat(index.search(SearchRequest.of("Ascend")).total()).isEqualTo(2 + i);
                assertThat(index.search(SearchRequest.of("Ascend")).total()).isEqualTo(2 + i);
                index.upsert(Corpus.doc(200 + i, "en", "Chip Wire", "2026-03-01", "Ascend note " + i,
                        "More on the Ascend cluster."));
            }
            index.delete(200);
            assertThat(index.search(SearchRequest.of("Ascend")).total()).isEqualTo(21);
            // Facet counts of everything leave the deleted document out too: flagged true + false = all.
            var all = index.search(SearchRequest.of(""));
            assertThat(all.total()).isEqualTo(27);
            assertThat(all.facets().get("flagged").stream().mapToLong(f -> f.count()).sum()).isEqualTo(27);
        }
    }

    @Test
    void aLongSentenceIsCutAroundItsMatch() throws Exception {
        String filler = "word ".repeat(300);
        String text = filler + "the Kunlunxin accelerator appears here " + filler + "end.";
        try (LuceneSearchIndex index = LuceneSearchIndex.inMemory()) {
            index.upsert(Corpus.doc(1, "en", "Tech Daily", "2026-01-01", "Long", text));
            Hit hit = index.search(SearchRequest.of("Kunlunxin")).hits().getFirst();
            Snippet s = hit.snippets().getFirst();
            assertThat(s.matches()).containsExactly("Kunlunxin");
            assertThat(s.text()).startsWith("… word").endsWith("word …")
                    .hasSizeLessThan(SnippetHighlighter.MAX_PASSAGE_CHARS + 30);
            assertThat(s.text()).doesNotContain("  ");
        }
    }
}
