package org.specledger.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.specledger.claims.Document;

class SearchIndexTest {

    /** An index that only records calls, to check the default bulk load of implementations without one. */
    private static final class Recording implements SearchIndex {
        final List<String> calls = new ArrayList<>();

        @Override
        public void upsert(IndexedDocument d) {
            calls.add("upsert " + d.doc().id());
        }

        @Override
        public void delete(long documentId) {
            calls.add("delete " + documentId);
        }

        @Override
        public void commit() {
            calls.add("commit");
        }

        @Override
        public SearchResult search(SearchRequest request) {
            return new SearchResult(0, List.of(), java.util.Map.of());
        }

        @Override
        public long count() {
            return 0;
        }

        @Override
        public void deleteAll() {
            calls.add("deleteAll");
        }

        @Override
        public void close() {
        }
    }

    private static IndexedDocument doc(long id) {
        Document d = new Document(id, "https://example.test/" + id, null, "t", "p", null, "2026-01-01", "day",
                "meta", "2026-04-01T00:00:00Z", "en", "text", "h" + id);
        return IndexedDocument.of(d, List.of());
    }

    @Test
    void theDefaultBulkLoadUpsertsEachDocumentAndCommitsAtTheEnd() {
        Recording index = new Recording();
        try (SearchIndex.BulkLoad bulk = index.bulkLoad()) {
            bulk.add(doc(1));
            bulk.add(doc(2));
        }
        assertThat(index.calls).containsExactly("upsert 1", "upsert 2", "commit");
    }
}
