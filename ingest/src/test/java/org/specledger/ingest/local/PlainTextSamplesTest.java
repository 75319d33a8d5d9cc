package org.specledger.ingest.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.specledger.claims.Claim;
import org.specledger.claims.Document;
import org.specledger.claims.extract.ClaimExtractor;
import org.specledger.article.Article;
import org.specledger.article.ArticleExtractor;
import org.specledger.ingest.Ingester;
import org.specledger.db.Database;

/**
 * The pasted-report samples (samples/plaintext, with their expected metadata in expected.json) imported
 * through the real import, extractor, claim extractor and database: the headline, dateline, byline and
 * publisher a reader finds, and none of the page's chrome in the stored body, so no claim comes from it.
 */
class PlainTextSamplesTest {
    static final Path SAMPLES = Path.of("..", "samples", "plaintext");

    @TempDir
    Path tmp;

    @Test
    void pastedReportsKeepTheirMetadataAndLeaveTheChromeOut() throws Exception {
        assumeTrue(Files.isRegularFile(SAMPLES.resolve("expected.json")), "no samples/plaintext beside the module");
        JsonNode expected = new ObjectMapper().readTree(SAMPLES.resolve("expected.json").toFile()).get("files");
        try (Database db = Database.open(tmp.resolve("db"))) {
            Ingester ingester = new Ingester(db, new ArticleExtractor(), ClaimExtractor.withDefaults());
            ImportReport report = new LocalImport(ingester, null, 1).run(List.of(SAMPLES));
            assertThat(report.failures()).isEmpty();
            assertThat(report.created()).isEqualTo(expected.size());

            List<Document> stored = new ArrayList<>();
            db.documents().forEachLive(stored::add);
            for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                Document d = stored.stream().filter(x -> x.url().endsWith("/" + e.getKey())).findFirst().orElseThrow();
                JsonNode x = e.getValue();
                assertThat(d.title()).as("title of %s", e.getKey()).isEqualTo(x.get("title").asText(null));
                assertThat(d.publishedAt()).as("date of %s", e.getKey()).isEqualTo(x.get("publishedAt").asText(null));
                assertThat(d.byline()).as("byline of %s", e.getKey()).isEqualTo(x.get("byline").asText(null));
                assertThat(d.publisher()).as("publisher of %s", e.getKey()).isEqualTo(x.get("publisher").asText(null));
                for (JsonNode s : x.get("inBody")) {
                    assertThat(d.text()).as("body of %s", e.getKey()).contains(s.asText());
                }
                assertThat(db.documentDates().find(d.id()).map(org.specledger.db.DocumentDates::original).orElse(null))
                        .as("stored original of %s", e.getKey()).isEqualTo(x.get("original").asText(null));
                List<Claim> claims = db.claims().byDocument(d.id()).stream().map(org.specledger.db.ClaimView::claim).toList();
                assertThat(claims).as("claims of %s", e.getKey()).isNotEmpty();
                for (JsonNode s : x.get("notInBody")) {
                    assertThat(d.text()).as("body of %s", e.getKey()).doesNotContain(s.asText());
                    assertThat(claims).as("claims of %s", e.getKey()).noneMatch(c -> c.quote().contains(s.asText()));
                }
            }
        }
    }

    @Test
    void theOriginalPublicationIsKeptApartFromThePublisher() throws Exception {
        assumeTrue(Files.isRegularFile(SAMPLES.resolve("expected.json")), "no samples/plaintext beside the module");
        JsonNode expected = new ObjectMapper().readTree(SAMPLES.resolve("expected.json").toFile()).get("files");
        ArticleExtractor extractor = new ArticleExtractor();
        for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Article a = extractor.extractPlainText("file:///samples/" + e.getKey(), Files.readAllBytes(SAMPLES.resolve(e.getKey())),
                    "text/plain", Instant.parse("2026-12-01T00:00:00Z"));
            assertThat(a.original()).as("original of %s", e.getKey()).isEqualTo(e.getValue().get("original").asText(null));
        }
    }

    @Test
    void aOneLineNoteIsItsOwnTextAndNavigationWordsAreNotDates() {
        ArticleExtractor extractor = new ArticleExtractor();
        Article note = extractor.extractPlainText("file:///n.txt", "Kimi K2 has 1 trillion parameters.\n".getBytes(
                java.nio.charset.StandardCharsets.UTF_8), "text/plain", Instant.parse("2026-03-05T00:00:00Z"));
        assertThat(note.text()).isEqualTo("Kimi K2 has 1 trillion parameters.");
        Article nav = extractor.extractPlainText("file:///w.txt", ("Today's Word\nYesterday's edition\n"
                + "A long paragraph about a model that has 70 billion parameters, as its makers said in a statement this week,"
                + " with more words so that it reads as prose and not as a heading of any kind at all.\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/plain", Instant.parse("2026-03-05T00:00:00Z"));
        assertThat(nav.publishedAt()).isNull();
    }
}
