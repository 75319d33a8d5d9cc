package org.specledger.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.specledger.claims.extract.ClaimExtractor;
import org.specledger.article.ArticleExtractor;
import org.specledger.db.Database;
import org.specledger.index.SearchRequest;
import org.specledger.index.lucene.LuceneSearchIndex;

/** A bulk import through the index stage ends with the index holding exactly the database's documents. */
class IndexStageTest {
    @TempDir
    Path tmp;

    static RawPage page(int i, String extra) {
        String html = "<html><head><title>Story " + i + "</title></head><body><article><p>Kimi K2 has 1 trillion"
                + " parameters, said report " + i + extra + ".</p></article></body></html>";
        return new RawPage("https://news.example/" + i, html.getBytes(StandardCharsets.UTF_8), "text/html",
                Instant.parse("2026-11-24T00:00:00Z"), null, false);
    }

    @Test
    void bulkImportIndexesEveryStoredDocumentOnceAndRevisionsReplaceTheirEarlierVersion() throws Exception {
        try (Database db = Database.open(tmp); LuceneSearchIndex index = LuceneSearchIndex.inMemory()) {
            Ingester ingester = new Ingester(db, new ArticleExtractor(), ClaimExtractor.withDefaults());
            IndexStage stage = new IndexStage(db, index);
            ingester.onStored(stage::onStored);
            try (IndexStage.BulkImport bulk = stage.bulk(3)) {
                assertThatThrownBy(() -> stage.bulk(1)).isInstanceOf(IllegalStateException.class);
                for (int i = 0; i < 200; i++) {
                    assertThat(ingester.ingest(page(i, "")).failed()).isFalse();
                }
                stage.afterReconcile(); // mid-import, as a crawl's periodic flush does
                for (int i = 0; i < 10; i++) {
                    assertThat(ingester.ingest(page(i, " and zanzibarite")).status()).isEqualTo(IngestOutcome.Status.REVISED);
                }
            }
            assertThat(index.count()).isEqualTo(db.documents().countLive()).isEqualTo(200);
            assertThat(index.search(SearchRequest.of("zanzibarite")).total()).isEqualTo(10);
            // After the bulk load, the stage indexes at once again.
            ingester.ingest(page(500, ""));
            assertThat(index.count()).isEqualTo(201);
        }
    }
}
