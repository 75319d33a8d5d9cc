package org.specledger.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.StringJoiner;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.specledger.index.QueryException;
import org.specledger.index.SearchRequest;
import org.specledger.index.SearchResult;

/**
 * Hostile queries found by a probe on 2026-11-30 (issue 14, item 4): each is refused with a message, quickly, and
 * never escapes as a Lucene exception or a stack overflow.
 */
class QueryBudgetTest {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private LuceneSearchIndex index;

    @BeforeEach
    void open() {
        index = LuceneSearchIndex.inMemory();
        Corpus.documents().forEach(index::upsert);
    }

    @AfterEach
    void close() {
        index.close();
    }

    private static String fuzzyTerms(int n) {
        StringJoiner j = new StringJoiner(" OR ");
        for (int i = 0; i < n; i++) {
            j.add("ab" + i + "~2");
        }
        return j.toString();
    }

    @Test
    void threeHundredSeventyFuzzyTermsAreRefusedWithinABoundNotRun() {
        String q = fuzzyTerms(370); // the probe's query: 5-7 s of CPU per request before the budget
        long t0 = CPU.getCurrentThreadCpuTime();
        assertThatThrownBy(() -> index.search(SearchRequest.of(q))).isInstanceOfSatisfying(QueryException.class, e -> {
            assertThat(e.tooCostly()).isTrue();
            assertThat(e.getMessage()).contains("more than " + QueryBudget.MAX_PATTERN_TERMS).contains("\"ab10\"");
        });
        long cpuMs = (CPU.getCurrentThreadCpuTime() - t0) / 1_000_000;
        assertThat(cpuMs).as("CPU spent refusing the query").isLessThan(300);
    }

    @Test
    void aFewFuzzyAndWildcardTermsStillSearchAndHighlight() throws QueryException {
        SearchResult r = index.search(SearchRequest.of("Cambricn~1 OR accelerat* OR " + fuzzyTerms(8)));
        assertThat(r.total()).isPositive();
        assertThat(r.hits().getFirst().snippets()).isNotEmpty();
    }

    @Test
    void thousandsOfBracketsAreRefusedNotAStackOverflow() {
        String deep = "(".repeat(3000) + "Ascend" + ")".repeat(3000);
        assertThatThrownBy(() -> index.search(SearchRequest.of(deep))).isInstanceOfSatisfying(QueryException.class,
                e -> assertThat(e.getMessage()).contains("nested more than " + QueryBudget.MAX_DEPTH));
        // A little nesting is fine.
        assertThatCode(() -> index.search(SearchRequest.of("((Ascend OR Cambricon) AND (chips OR accelerator))")));
    }

    private static void assertThatCode(org.assertj.core.api.ThrowableAssert.ThrowingCallable c) {
        org.assertj.core.api.Assertions.assertThatCode(c).doesNotThrowAnyException();
    }

    @Test
    void aRegularExpressionTooComplexToRunIsACostRefusal() {
        assertThatThrownBy(() -> index.search(SearchRequest.of("/a[ab]*a[ab]{20}/")))
                .isInstanceOfSatisfying(QueryException.class, e -> {
                    assertThat(e.tooCostly()).isTrue();
                    assertThat(e.getMessage()).contains("too complex");
                });
    }

    @Test
    void aRegularExpressionThatCanStartWithAnythingIsRefusedOneWithALiteralStartRuns() throws QueryException {
        for (String q : new String[] {"/.{1,1000}/", "/[a-z]*e[a-z]*/", "/(a|c)ccel.*/"}) {
            assertThatThrownBy(() -> index.search(SearchRequest.of(q))).as(q)
                    .isInstanceOfSatisfying(QueryException.class, e -> assertThat(e.tooCostly()).isTrue());
        }
        assertThat(index.search(SearchRequest.of("/accel.*/")).total()).isPositive();
    }

    @Test
    void tooManyWordsAreRefusedNotTooManyClauses() {
        StringJoiner j = new StringJoiner(" OR ");
        for (int i = 0; i < 1500; i++) {
            j.add("w" + i);
        }
        assertThatThrownBy(() -> index.search(SearchRequest.of(j.toString())))
                .isInstanceOfSatisfying(QueryException.class, e -> assertThat(e.tooCostly()).isTrue());
    }

    @Test
    void aSearchPastItsTimeBudgetStopsAndIsRefused() throws Exception {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
                for (int i = 0; i < 50_000; i++) {
                    Document d = new Document();
                    d.add(new StringField("f", "x", Field.Store.NO));
                    w.addDocument(d);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                searcher.setTimeout(QueryBudget.TIMEOUT);
                // No budget running: the search is complete.
                assertThat(searcher.count(new TermQuery(new Term("f", "x")))).isEqualTo(50_000);
                try (QueryBudget.Clock spent = QueryBudget.start(0)) {
                    var top = searcher.search(new TermQuery(new Term("f", "x")), 10);
                    assertThat(top.totalHits.value()).isLessThan(50_000);
                    assertThatThrownBy(() -> spent.check("x")).isInstanceOfSatisfying(QueryException.class,
                            e -> assertThat(e.tooCostly()).isTrue());
                }
                try (QueryBudget.Clock fresh = QueryBudget.start()) {
                    searcher.search(new TermQuery(new Term("f", "x")), 10);
                    fresh.check("x");
                }
            }
        }
    }
}
