package org.specledger.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.specledger.index.FacetCount;
import org.specledger.index.Hit;
import org.specledger.index.IndexedDocument;
import org.specledger.index.QueryException;
import org.specledger.index.SearchIndex;
import org.specledger.index.SearchRequest;
import org.specledger.index.SearchResult;
import org.specledger.index.Segment;
import org.specledger.index.Snippet;

/**
 * What every {@link SearchIndex} must answer alike, on the same eight reports: the embedded Lucene index and an
 * OpenSearch cluster each run this class; {@link #sameAnswersAsTheEmbeddedIndex} compares the engine under test
 * with the embedded index query by query.
 */
public abstract class SearchIndexContract {

    protected SearchIndex index;

    /** An empty index of the engine under test. */
    protected abstract SearchIndex openEmpty() throws Exception;

    /** Releases what {@link #openEmpty()} made, before the index is closed. */
    protected void dispose() throws Exception {
    }

    @BeforeEach
    void load() throws Exception {
        index = openEmpty();
        try (var bulk = index.bulkLoad()) {
            Corpus.documents().forEach(bulk::add);
        }
    }

    @AfterEach
    void close() throws Exception {
        if (index == null) {
            return; // the engine was not there (the test was skipped before it opened one)
        }
        try {
            dispose();
        } finally {
            index.close();
        }
    }

    @Test
    void sameAnswersAsTheEmbeddedIndex() throws QueryException {
        try (LuceneSearchIndex reference = LuceneSearchIndex.inMemory()) {
            try (var bulk = reference.bulkLoad()) {
                Corpus.documents().forEach(bulk::add);
            }
            List<SearchRequest> requests = List.of(SearchRequest.of(""), SearchRequest.of("Ascend"),
                    SearchRequest.of("昇腾 OR Cambricon"), SearchRequest.of("\"context window\""),
                    SearchRequest.of("GLM 4.5"), SearchRequest.of("zhipu NOT model:GLM-4.6"),
                    SearchRequest.of("deeps*"), SearchRequest.of("训练"), SearchRequest.of("ＤｅｅｐＳｅｅｋ"),
                    SearchRequest.of("").withSort(SearchRequest.Sort.DATE).withPage(2, 3),
                    SearchRequest.of("GLM").withFilters(Map.of("publisher", List.of("Tech Daily", "Chip Wire"),
                            "hedge", List.of("stated"))),
                    SearchRequest.of("").withDates("2026-01", "2026-02-15"));
            for (SearchRequest q : requests) {
                SearchResult want = reference.search(q);
                SearchResult got = index.search(q);
                String what = q.toString();
                assertThat(got.total()).as(what).isEqualTo(want.total());
                assertThat(ids(got)).as(what).isEqualTo(ids(want));
                assertThat(got.facets()).as(what).isEqualTo(want.facets());
                if (q.sort() == SearchRequest.Sort.DATE) {
                    assertThat(got.hits().stream().map(Hit::publishedAt).toList()).as(what)
                            .isEqualTo(want.hits().stream().map(Hit::publishedAt).toList());
                } else {
                    for (int i = 0; i < want.hits().size(); i++) {
                        assertThat(got.hits().get(i).score()).as(what + " score of hit " + i)
                                .isCloseTo(want.hits().get(i).score(), org.assertj.core.data.Offset.offset(1e-4f));
                    }
                }
                for (Hit h : want.hits()) {
                    Hit other = got.hits().stream().filter(x -> x.documentId() == h.documentId()).findFirst().orElseThrow();
                    assertThat(other.snippets().stream().flatMap(s -> s.matches().stream()).toList()).as(what + " marks")
                            .isEqualTo(h.snippets().stream().flatMap(s -> s.matches().stream()).toList());
                }
            }
        }
    }

    private Set<Long> ids(String query) throws QueryException {
        return ids(index.search(SearchRequest.of(query).withPage(0, 100)));
    }

    private static Set<Long> ids(SearchResult r) {
        return r.hits().stream().map(Hit::documentId).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void englishNamesFindTheChineseArticleAndBack() throws QueryException {
        assertThat(ids("Ascend")).containsExactly(1L, 4L);
        assertThat(ids("昇腾")).containsExactly(1L, 4L);
        assertThat(ids("Pangu")).containsExactly(4L);
        assertThat(ids("huawei")).containsExactly(1L, 4L);
        assertThat(ids("Cambricon")).containsExactly(5L);
    }

    @Test
    void modelAliasSpellingsFindTheSameDocuments() throws QueryException {
        Set<Long> expected = Set.of(1L, 2L, 7L);
        assertThat(ids("GLM 4.5")).isEqualTo(expected);
        assertThat(ids("GLM\u20114.5")).isEqualTo(expected);
        assertThat(ids("glm-4.5")).isEqualTo(expected);
        assertThat(ids("glm4.5")).isEqualTo(expected);
        assertThat(ids("GLM\u20144.5")).isEqualTo(expected);
    }

    @Test
    void fullWidthLettersFindTheAsciiSpelling() throws QueryException {
        assertThat(ids("ＤｅｅｐＳｅｅｋ")).contains(3L, 8L).isEqualTo(ids("DeepSeek"));
        assertThat(ids("ＧＬＭ－４．５")).isEqualTo(Set.of(1L, 2L, 7L));
    }

    @Test
    void fieldQueriesSearchWhatDocumentsClaim() throws QueryException {
        assertThat(ids("model:\"GLM 4.5\"")).containsExactly(1L, 2L, 7L);
        assertThat(ids("org:zhipu")).containsExactly(1L, 2L, 6L, 7L);
        assertThat(ids("org:华为")).containsExactly(4L);
        assertThat(ids("hedge:reported")).containsExactly(2L, 4L);
        assertThat(ids("lang:zh")).containsExactly(4L);
        assertThat(ids("publisher:\"chip wire\" AND context")).containsExactly(2L);
        assertThat(ids("attribute:\"benchmark:mmlu\"")).containsExactly(7L);
        assertThat(ids("zhipu NOT model:GLM-4.6")).containsExactly(1L);
        assertThat(ids("NOT zhipu")).containsExactly(2L, 3L, 4L, 5L, 7L, 8L);
        assertThat(ids("\"context window\" OR Cambricon")).containsExactly(2L, 5L, 6L);
    }

    @Test
    void datesFilterAndSort() throws QueryException {
        assertThat(ids("date:[2026-01-01 TO 2026-01-31]")).containsExactly(1L, 3L);
        assertThat(ids("date:2026-02")).containsExactly(2L, 6L, 7L);
        SearchResult byParams = index.search(SearchRequest.of("").withDates("2026-01", "2026-01-31"));
        assertThat(ids(byParams)).containsExactly(1L, 3L);
        List<String> dates = index.search(SearchRequest.of("").withSort(SearchRequest.Sort.DATE))
                .hits().stream().map(Hit::publishedAt).toList();
        assertThat(dates).hasSize(8).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThatThrownBy(() -> ids("date:2026-13")).isInstanceOf(QueryException.class)
                .hasMessageContaining("not a date");
    }

    @Test
    void facetCountsAreWhatADrillDownReturns() throws QueryException {
        for (String q : new String[] {"", "GLM", "zhipu OR huawei OR deepseek"}) {
            SearchResult all = index.search(SearchRequest.of(q));
            assertThat(all.facets().get("model")).isNotEmpty();
            for (Map.Entry<String, List<FacetCount>> dim : all.facets().entrySet()) {
                for (FacetCount fc : dim.getValue()) {
                    SearchResult drilled = index.search(SearchRequest.of(q)
                            .withFilters(Map.of(dim.getKey(), List.of(fc.value()))));
                    assertThat(drilled.total()).as(q + " " + dim.getKey() + "=" + fc.value()).isEqualTo(fc.count());
                }
            }
        }
        // Oracle: OR inside a dimension, AND across dimensions, computed from the corpus itself.
        SearchResult or = index.search(SearchRequest.of("").withFilters(
                Map.of("model", List.of("GLM-4.5", "MLU590"))));
        assertThat(ids(or)).isEqualTo(modelsIn(Set.of("GLM-4.5", "MLU590")));
        SearchResult and = index.search(SearchRequest.of("").withFilters(
                Map.of("model", List.of("GLM-4.5", "MLU590"), "publisher", List.of("Chip Wire"))));
        assertThat(ids(and)).containsExactly(2L, 5L);
        SearchResult flagged = index.search(SearchRequest.of("").withFilters(Map.of("flagged", List.of("true"))));
        assertThat(ids(flagged)).containsExactly(3L);
        // The filtered dimension still lists the values one could add (drill sideways).
        SearchResult one = index.search(SearchRequest.of("").withFilters(Map.of("model", List.of("GLM-4.5"))));
        assertThat(one.total()).isEqualTo(3);
        assertThat(one.facets().get("model")).contains(new FacetCount("GLM-4.6", 1), new FacetCount("GLM-4.5", 3));
        assertThat(and.facets().get("year")).containsExactlyInAnyOrder(
                new FacetCount("2026", 1), new FacetCount("2025", 1));
    }

    private static Set<Long> modelsIn(Set<String> models) {
        return Corpus.documents().stream()
                .filter(d -> d.claims().stream().anyMatch(c -> models.contains(c.model())))
                .map(d -> d.doc().id()).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void brokenQueriesSayWhatIsWrongAndWhere() {
        assertThatThrownBy(() -> ids("\"unbalanced")).isInstanceOfSatisfying(QueryException.class, e -> {
            assertThat(e.getMessage()).contains("quote").contains("column 1");
            assertThat(e.column()).isEqualTo(1);
        });
        assertThatThrownBy(() -> ids("AND OR")).isInstanceOfSatisfying(QueryException.class, e -> {
            assertThat(e.getMessage()).contains("\"AND\"").contains("needs a word");
            assertThat(e.column()).isEqualTo(1);
        });
        assertThatThrownBy(() -> ids("model:(")).isInstanceOfSatisfying(QueryException.class, e -> {
            assertThat(e.getMessage()).contains("\"(\"").contains("not closed");
            assertThat(e.column()).isEqualTo(7);
        });
        assertThatThrownBy(() -> ids("Ascend AND")).isInstanceOfSatisfying(QueryException.class,
                e -> assertThat(e.getMessage()).contains("ends too early"));
        assertThatThrownBy(() -> ids("chip speed:fast")).isInstanceOfSatisfying(QueryException.class, e -> {
            assertThat(e.getMessage()).contains("\"speed:\"").contains("model:");
            assertThat(e.column()).isEqualTo(6);
        });
        assertThatThrownBy(() -> index.search(SearchRequest.of("x").withFilters(Map.of("colour", List.of("red")))))
                .isInstanceOf(QueryException.class).hasMessageContaining("colour");
    }

    @Test
    void aRebuildGivesTheSameTopHits() throws QueryException {
        List<String> queries = List.of("Ascend", "GLM 4.5", "context window", "", "DeepSeek OR Cambricon");
        List<List<Hit>> before = queries.stream().map(this::hitsOf).toList();
        index.deleteAll();
        assertThat(index.count()).isZero();
        assertThat(ids("Ascend")).isEmpty();
        try (var bulk = index.bulkLoad()) {
            Corpus.documents().forEach(bulk::add);
        }
        List<List<Hit>> after = queries.stream().map(this::hitsOf).toList();
        assertThat(after).isEqualTo(before);
        assertThat(before.get(0)).isNotEmpty();
    }

    private List<Hit> hitsOf(String q) {
        try {
            return index.search(SearchRequest.of(q)).hits();
        } catch (QueryException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void anUpsertIsSearchableAtOnceAndIdempotent() throws QueryException {
        IndexedDocument kimi = Corpus.doc(9, "en", "Tech Daily", "2026-03-20", "Moonshot's Kimi K2",
                "Moonshot AI says Kimi K2 has one trillion total parameters.");
        index.upsert(kimi);
        assertThat(ids("Kimi")).containsExactly(9L);
        assertThat(ids("月之暗面")).containsExactly(9L);
        index.upsert(kimi);
        assertThat(index.count()).isEqualTo(9);
        index.delete(9);
        assertThat(ids("Kimi")).isEmpty();
        assertThat(index.count()).isEqualTo(8);
    }

    @Test
    void snippetsMarkMatchesAndCarryScrapedMarkupAsPlainText() throws QueryException {
        SearchResult r = index.search(SearchRequest.of("Cambricon accelerator"));
        List<Snippet> snippets = r.hits().getFirst().snippets();
        assertThat(snippets).isNotEmpty();
        assertThat(snippets.stream().flatMap(s -> s.matches().stream()).toList())
                .contains("Cambricon", "accelerator");

        Hit script = index.search(SearchRequest.of("alert")).hits().getFirst();
        Snippet s = script.snippets().getFirst();
        assertThat(s.text()).contains("<script>alert('x')</script>");
        assertThat(s.segments()).contains(new Segment("alert", true));
        assertThat(s.segments()).noneMatch(seg -> seg.text().contains("<mark>") || seg.text().contains("<b>"));

        Hit chinese = index.search(SearchRequest.of("Ascend")).hits().stream()
                .filter(h -> h.documentId() == 4).findFirst().orElseThrow();
        assertThat(chinese.snippets().stream().flatMap(x -> x.matches().stream()).toList()).contains("昇腾");
    }

    @Test
    void paging() throws QueryException {
        SearchResult page1 = index.search(SearchRequest.of("").withPage(0, 3));
        SearchResult page2 = index.search(SearchRequest.of("").withPage(3, 3));
        assertThat(page1.total()).isEqualTo(8);
        assertThat(page1.hits()).hasSize(3);
        assertThat(ids(page1)).doesNotContainAnyElementsOf(ids(page2));
    }
}
