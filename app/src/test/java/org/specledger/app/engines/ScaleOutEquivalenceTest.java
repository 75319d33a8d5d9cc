package org.specledger.app.engines;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.specledger.db.ClaimView;
import org.specledger.db.FlagView;
import org.specledger.db.ModelSummary;
import org.specledger.db.Page;
import org.specledger.db.ScratchPostgres;
import org.specledger.index.Hit;
import org.specledger.index.SearchRequest;
import org.specledger.index.SearchResult;
import org.specledger.app.AppContext;

/**
 * The same files imported into the embedded default and into PostgreSQL + OpenSearch give the same ledger and the
 * same search answers; after {@code reindex} (the index rebuilt from PostgreSQL alone) too. Needs the servers
 * {@code ./test.sh} starts (SPECLEDGER_TEST_DB_URL, SPECLEDGER_TEST_SEARCH_URL).
 */
class ScaleOutEquivalenceTest {
    @TempDir
    Path dir;
    private String dbUrl;

    @AfterEach
    void dropDatabase() {
        if (dbUrl != null) {
            ScratchPostgres.drop(dbUrl);
        }
    }

    static String searchUrls(String indexName) {
        String urls = System.getenv("SPECLEDGER_TEST_SEARCH_URL");
        if (urls == null || urls.isBlank()) {
            if ("1".equals(System.getenv(ScratchPostgres.REQUIRE_ENV))) {
                throw new IllegalStateException("SPECLEDGER_TEST_SEARCH_URL is not set");
            }
            Assumptions.abort("OpenSearch not configured: set SPECLEDGER_TEST_SEARCH_URL");
        }
        StringBuilder out = new StringBuilder();
        for (String node : urls.split(",")) {
            out.append(out.isEmpty() ? "" : ",").append(node.strip().replaceAll("/+$", "")).append('/').append(indexName);
        }
        return out.toString();
    }

    @Test
    void theSameFilesGiveTheSameLedgerAndTheSameSearchesOnBothStacks() throws Exception {
        String search = searchUrls("eq-" + UUID.randomUUID().toString().substring(0, 8));
        dbUrl = ScratchPostgres.create();
        List<Path> files;
        try (var s = Files.list(Path.of("../samples"))) {
            files = s.filter(f -> f.getFileName().toString().endsWith(".html")).sorted().limit(12).toList();
        }
        try (AppContext embedded = AppContext.open(dir.resolve("embedded"));
             AppContext scaled = AppContext.open(dir.resolve("unused"), dbUrl, search, System.err)) {
            assertThat(embedded.importPaths(files, null).summary()).isEqualTo(scaled.importPaths(files, null).summary());
            assertThat(scaled.importPaths(files, null).summary()).startsWith("0 new");
            assertSame(embedded, scaled);
            assertThat(scaled.indexStage().rebuild()).isEqualTo(embedded.db().documents().countLive());
            assertThat(embedded.indexStage().rebuild()).isEqualTo(embedded.db().documents().countLive());
            assertSame(embedded, scaled);
            ((org.specledger.index.opensearch.OpenSearchIndex) scaled.index()).dropIndex();
        }
    }

    private static void assertSame(AppContext a, AppContext b) throws Exception {
        assertThat(b.db().documents().countLive()).isEqualTo(a.db().documents().countLive()).isPositive();
        assertThat(models(b)).isEqualTo(models(a));
        assertThat(claims(b)).isEqualTo(claims(a));
        assertThat(flags(b)).isEqualTo(flags(a)).isNotEmpty();
        for (SearchRequest q : List.of(SearchRequest.of("Ascend"), SearchRequest.of("昇腾"), SearchRequest.of(""),
                SearchRequest.of("parameters").withFilters(Map.of("flagged", List.of("true"))),
                SearchRequest.of("").withSort(SearchRequest.Sort.DATE).withPage(0, 50))) {
            SearchResult x = a.index().search(q);
            SearchResult y = b.index().search(q);
            assertThat(y.total()).as(q.toString()).isEqualTo(x.total());
            assertThat(y.facets()).as(q.toString()).isEqualTo(x.facets());
            assertThat(y.hits().stream().map(Hit::documentId).sorted().toList()).as(q.toString())
                    .isEqualTo(x.hits().stream().map(Hit::documentId).sorted().toList());
        }
    }

    private static List<String> models(AppContext app) {
        Page<ModelSummary> p = app.db().models().list(null, Page.MAX_LIMIT);
        return p.items().stream().map(m -> m.id() + " " + m.name() + " " + m.claimCount() + " " + m.flagCount()).toList();
    }

    private static List<String> claims(AppContext app) {
        return app.db().claims().list(null, null, null, Page.MAX_LIMIT).items().stream()
                .map((ClaimView c) -> c.claim().id() + " " + c.modelId() + " " + c.claim().attribute() + " "
                        + c.claim().value() + " " + c.claim().quote()).toList();
    }

    private static List<String> flags(AppContext app) {
        return app.db().flags().list(null, null, null, Page.MAX_LIMIT).items().stream()
                .map((FlagView f) -> f.flag().id() + " " + f.flag().kind() + " " + f.modelId() + " " + f.flag().reason()
                        + " " + f.flag().claimIds()).toList();
    }
}
