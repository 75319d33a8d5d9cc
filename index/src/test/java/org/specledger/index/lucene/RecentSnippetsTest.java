package org.specledger.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.specledger.index.Hit;
import org.specledger.index.SearchRequest;

/**
 * Snippets are kept per (query, document text) across searchers: a document indexed again with another text is
 * highlighted afresh, and a repeated search gives the snippets a fresh highlighter gives.
 */
class RecentSnippetsTest {
    private static String snippet(Hit h) {
        StringBuilder sb = new StringBuilder();
        h.snippets().forEach(s -> s.segments().forEach(seg -> sb.append(seg.match() ? "[" + seg.text() + "]" : seg.text())));
        return sb.toString();
    }

    @Test
    void aDocumentIndexedAgainWithAnotherTextGetsItsNewSnippet() throws Exception {
        try (LuceneSearchIndex index = LuceneSearchIndex.inMemory();
             LuceneSearchIndex fresh = LuceneSearchIndex.inMemory()) {
            index.upsert(Corpus.doc(1, "en", "Wire", "2026-03-01", "Cluster news",
                    "The lab trained its model on a cluster of Ascend cards. Nothing else was said."));
            SearchRequest q = SearchRequest.of("Ascend");
            assertThat(snippet(index.search(q).hits().getFirst())).contains("cluster of [Ascend] cards");
            assertThat(snippet(index.search(q).hits().getFirst())).as("again, from the kept snippet")
                    .contains("cluster of [Ascend] cards");

            String revised = "A correction followed. The Ascend 910C parts came from a second supplier.";
            index.upsert(Corpus.doc(1, "en", "Wire", "2026-03-01", "Cluster news", revised));
            fresh.upsert(Corpus.doc(1, "en", "Wire", "2026-03-01", "Cluster news", revised));
            List<Hit> hits = index.search(q).hits();
            assertThat(hits).hasSize(1);
            assertThat(snippet(hits.getFirst())).contains("The [Ascend] 910C parts").doesNotContain("cluster of");
            assertThat(hits.getFirst().snippets()).isEqualTo(fresh.search(q).hits().getFirst().snippets());
        }
    }
}
