package org.specledger.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.specledger.claims.Document;

/** The batched reads reconciliation and re-indexing use, checked against one-at-a-time lookups. */
class DocumentRepositoryTest {
    @TempDir
    Path dir;

    @Test
    void findAllKeepsTheOrderGivenSkipsMissingIdsAndSpansSeveralBatches() throws Exception {
        try (Database db = Database.open(dir)) {
            List<Long> ids = new ArrayList<>();
            List<Long> claimIds = new ArrayList<>();
            for (int i = 0; i < DocumentRepository.IN_BATCH + 20; i++) {
                SaveResult r = db.documents().save(DatabaseTest.doc("https://news.example/" + i, "text " + i),
                        List.of(DatabaseTest.totalParams(0)), List.of(DatabaseTest.KIMI));
                ids.add(r.documentId());
                claimIds.add(r.claims().get(0).id());
            }
            List<Long> asked = new ArrayList<>(ids.reversed());
            asked.add(3, 999_999L);
            asked.add(ids.get(7)); // asked twice, returned twice, as one-at-a-time lookups do
            List<Document> expected = new ArrayList<>();
            for (long id : asked) {
                db.documents().find(id).ifPresent(expected::add);
            }
            assertThat(db.documents().findAll(asked)).isEqualTo(expected).hasSize(ids.size() + 1);
            assertThat(db.documents().findAll(List.of())).isEmpty();
            assertThat(db.documents().idsOfClaims(List.of(claimIds.get(5), claimIds.get(510), 123_456_789L)))
                    .containsExactlyInAnyOrder(ids.get(5), ids.get(510));
            assertThat(db.documents().idsOfClaims(claimIds)).containsExactlyInAnyOrderElementsOf(ids);
        }
    }
}
