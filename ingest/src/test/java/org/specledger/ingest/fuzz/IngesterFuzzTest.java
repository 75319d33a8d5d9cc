package org.specledger.ingest.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.specledger.claims.extract.ClaimExtractor;
import org.specledger.article.ArticleExtractor;
import org.specledger.ingest.IngestOutcome;
import org.specledger.ingest.Ingester;
import org.specledger.ingest.RawPage;
import org.specledger.db.Database;

/**
 * Fuzzes the whole ingest stage (content checks, decoding, extraction, claims, storage) with arbitrary bytes,
 * arbitrary text and every content type: it never throws, a refusal always says why, and whatever is stored
 * has exactly the claims the ingest reported.
 */
class IngesterFuzzTest {
    private static Path dir;
    private static Database db;
    private static Ingester ingester;
    private static final AtomicLong URLS = new AtomicLong();

    @BeforeContainer
    static void open() throws Exception {
        dir = Files.createTempDirectory("specledger-ingest-fuzz-");
        db = Database.open(dir);
        ingester = new Ingester(db, new ArticleExtractor(), ClaimExtractor.withDefaults());
    }

    @AfterContainer
    static void close() throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Provide
    Arbitrary<String> contentType() {
        return Arbitraries.of("text/html", "text/plain", "text/markdown", "text/html; charset=gb18030",
                "application/octet-stream", "TEXT/PLAIN; charset=utf-8", "", "text/plain; charset=utf-16");
    }

    @Provide
    Arbitrary<String> contentTypeOrNull() {
        return Arbitraries.oneOf(contentType(), Arbitraries.just(null));
    }

    @Property(tries = 500)
    void arbitraryBytesAreStoredOrRefusedWithAReason(@ForAll byte[] body, @ForAll("contentTypeOrNull") String type) {
        check(body, type);
    }

    @Property(tries = 500)
    void arbitraryTextIsStoredOrRefusedWithAReason(@ForAll String text, @ForAll("contentTypeOrNull") String type) {
        check(text.getBytes(StandardCharsets.UTF_8), type);
    }

    @Property(tries = 10_000)
    @Tag("long")
    void longFuzz(@ForAll byte[] body, @ForAll String text, @ForAll("contentTypeOrNull") String type) {
        check(body, type);
        check(text.getBytes(StandardCharsets.UTF_8), type);
    }

    private static void check(byte[] body, String type) {
        String url = "https://fuzz.test/" + URLS.incrementAndGet();
        IngestOutcome out = ingester.ingest(new RawPage(url, body, type, Instant.parse("2026-11-24T00:00:00Z"), null, false));
        assertThat(out).isNotNull();
        if (out.failed()) {
            assertThat(out.reason()).isNotBlank();
        } else {
            assertThat(out.documentId()).isNotNull();
            assertThat(db.claims().byDocument(out.documentId())).hasSize(out.claimCount());
            assertThat(db.documents().find(out.documentId()).orElseThrow().text()).isNotBlank();
        }
    }
}
