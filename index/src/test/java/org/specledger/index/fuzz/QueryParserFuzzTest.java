package org.specledger.index.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.specledger.claims.Claim;
import org.specledger.claims.Document;
import org.specledger.claims.Hedge;
import org.specledger.index.Dimension;
import org.specledger.index.IndexedDocument;
import org.specledger.index.QueryException;
import org.specledger.index.SearchRequest;
import org.specledger.index.SearchResult;
import org.specledger.index.lucene.LuceneSearchIndex;

/**
 * Fuzzes the query box: whatever a user (or a bot) types — operators, unbalanced quotes and brackets, field
 * names, date ranges, wildcards, CJK — a search either answers or fails with {@link QueryException}, whose
 * message is shown to the user. Any other exception would be a 500 on /search.
 */
class QueryParserFuzzTest {
    private static LuceneSearchIndex index;

    private static final String[] PIECES = {"DeepSeek", "Kimi", "K2", "参数", "昇腾", "parameters", "\"", "\"exact phrase\"",
        "(", ")", "[", "]", "{", "}", "AND", "OR", "NOT", "&&", "||", "!", "-", "+", "*", "?", "~", "~2", "^", "^3", ":",
        "\\", "/", "/regex.*/", "model:", "org:", "attribute:", "publisher:", "hedge:", "lang:", "date:", "date:[2026-01-01 TO 2026-03-31]",
        "date:[* TO *]", "date:[2026 TO]", "date:[x TO y]", "nosuchfield:", "model:\"Kimi K2\"", "TO", "*:*", " ", " ", "  ",
        "\t", "\u3000", "😀", "\u0000", "%", "'", "a".repeat(300), "2026-13-45", "1e999", "NaN"};

    @BeforeContainer
    static void open() {
        index = LuceneSearchIndex.inMemory();
        Document d = new Document(1, "https://x.test/1", null, "DeepSeek-V3 has 671B parameters", "X", null, "2026-03-02",
                "day", "meta", "2026-03-03T00:00:00Z", "en", "DeepSeek-V3 has 671B total parameters. 据报道参数量为6710亿。", "h1");
        Claim c = Claim.number("DeepSeek-V3", "total_parameters", 6.71e11, null, null, "671B", "DeepSeek-V3 has 671B", 0, 20,
                Hedge.STATED).withIds(1, 1);
        index.upsert(IndexedDocument.of(d, List.of(c)));
        index.commit();
    }

    @AfterContainer
    static void close() {
        index.close();
    }

    @Provide
    Arbitrary<String> query() {
        Arbitrary<String> glued = Arbitraries.of(PIECES).list().ofMaxSize(20).map(l -> String.join("", l));
        Arbitrary<String> spaced = Arbitraries.of(PIECES).list().ofMaxSize(20).map(l -> String.join(" ", l));
        return Arbitraries.oneOf(glued, spaced, Arbitraries.strings().all().ofMaxLength(100));
    }

    @Provide
    Arbitrary<String> dateBound() {
        return Arbitraries.oneOf(Arbitraries.of("2026", "2026-01", "2026-01-31", "2026-02-30", "2026-13", "0000", "-1",
                "99999-01-01", "yesterday", ""), Arbitraries.strings().ofMaxLength(12), Arbitraries.just(null));
    }

    @Property(tries = 500)
    void aQueryIsAnsweredOrRefusedWithAQueryException(@ForAll("query") String q) {
        search(new SearchRequest(q, Map.of(), null, null, null, 0, 20));
    }

    @Property(tries = 300)
    void filtersAndDatesAreAnsweredOrRefusedWithAQueryException(@ForAll("query") String q, @ForAll("dateBound") String from,
                                                                 @ForAll("dateBound") String to, @ForAll("query") String value) {
        Map<String, List<String>> filters = Map.of(Dimension.values()[Math.floorMod(value.hashCode(), Dimension.values().length)].key(),
                List.of(value), "nosuch", List.of(value));
        search(new SearchRequest(q, filters, from, to, SearchRequest.Sort.DATE, 0, 20));
    }

    @Property(tries = 10_000)
    @Tag("long")
    void longQueries(@ForAll("query") String q, @ForAll("dateBound") String from) {
        search(new SearchRequest(q, Map.of(), from, null, null, 0, 20));
    }

    private static void search(SearchRequest r) {
        try {
            SearchResult res = index.search(r);
            assertThat(res.total()).isBetween(0L, 1L);
        } catch (QueryException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }
}
