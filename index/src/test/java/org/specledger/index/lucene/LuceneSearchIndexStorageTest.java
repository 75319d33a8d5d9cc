package org.specledger.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.specledger.index.IndexUnavailableException;
import org.specledger.index.SearchRequest;

class LuceneSearchIndexStorageTest {

    @TempDir
    Path tmp;

    @Test
    void aMissingIndexIsReportedWithTheFix() {
        Path dir = tmp.resolve("index");
        assertThatThrownBy(() -> LuceneSearchIndex.open(dir))
                .isInstanceOfSatisfying(IndexUnavailableException.class, e -> {
                    assertThat(e.reason()).isEqualTo(IndexUnavailableException.Reason.MISSING);
                    assertThat(e.getMessage()).contains(dir.toString()).contains("specledger reindex");
                });
    }

    @Test
    void anIndexSurvivesARestart() throws Exception {
        Path dir = tmp.resolve("index");
        try (LuceneSearchIndex index = LuceneSearchIndex.create(dir)) {
            Corpus.documents().forEach(index::upsert);
        }
        try (LuceneSearchIndex index = LuceneSearchIndex.open(dir)) {
            assertThat(index.count()).isEqualTo(8);
            assertThat(index.search(SearchRequest.of("Ascend")).total()).isEqualTo(2);
        }
    }

    @Test
    void aCorruptIndexIsReportedWithTheFix() throws Exception {
        Path dir = tmp.resolve("index");
        try (LuceneSearchIndex index = LuceneSearchIndex.create(dir)) {
            Corpus.documents().forEach(index::upsert);
        }
        // Truncate every segment-info file: what a disk-full or a half-copied folder leaves behind.
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".si")).toList()) {
                byte[] bytes = Files.readAllBytes(f);
                Files.write(f, java.util.Arrays.copyOf(bytes, bytes.length / 2));
            }
        }
        assertThatThrownBy(() -> LuceneSearchIndex.open(dir))
                .isInstanceOfSatisfying(IndexUnavailableException.class, e -> {
                    assertThat(e.reason()).isEqualTo(IndexUnavailableException.Reason.CORRUPT);
                    assertThat(e.getMessage()).contains("corrupt").contains("specledger reindex");
                });
        // create() is the way out: it replaces the broken files.
        try (LuceneSearchIndex index = LuceneSearchIndex.create(dir)) {
            Corpus.documents().forEach(index::upsert);
            assertThat(index.count()).isEqualTo(8);
        }
    }

    @Test
    void searchesRunWhileOneThreadWrites() throws Exception {
        try (LuceneSearchIndex index = LuceneSearchIndex.inMemory()) {
            Corpus.documents().forEach(index::upsert);
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<Long>> searches = new ArrayList<>();
                for (int i = 0; i < 200; i++) {
                    searches.add(pool.submit(() -> index.search(SearchRequest.of("GLM 4.5 OR Ascend")).total()));
                }
                for (int i = 0; i < 50; i++) {
                    index.upsert(Corpus.doc(100 + i, "en", "Tech Daily", "2026-03-01", "Ascend cluster " + i,
                            "Another Ascend cluster report number " + i + "."));
                }
                for (Future<Long> f : searches) {
                    assertThat(f.get()).isBetween(4L, 54L);
                }
            } finally {
                pool.shutdown();
            }
            assertThat(index.search(SearchRequest.of("Ascend")).total()).isEqualTo(52);
        }
    }
}
