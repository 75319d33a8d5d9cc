package org.specledger.ingest.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.specledger.claims.Claim;
import org.specledger.claims.Document;
import org.specledger.claims.extract.ClaimExtractor;
import org.specledger.article.ArticleExtractor;
import org.specledger.ingest.hostile.HostilePages.Hostile;
import org.specledger.ingest.local.ImportReport;
import org.specledger.ingest.local.LocalImport;
import org.specledger.ingest.IngestOutcome;
import org.specledger.ingest.Ingester;
import org.specledger.ingest.RawPage;
import org.specledger.db.ClaimView;
import org.specledger.db.Database;

/**
 * Feeds the hostile corpus ({@link HostilePages}) through the real ingest stage — real SQLite database, real
 * {@link ArticleExtractor}, {@link ClaimExtractor#withDefaults()} — and checks what a user relies on: every page
 * ends stored or refused with a reason, none hangs, and what is stored is whole (every claim's span inside its
 * document's text, exactly the claims the extractor finds for that text).
 */
class HostileInputTest {
    /** A hang guard, not a speed assertion: a page that takes this long is stuck in a loop or a regex. */
    static final Duration PER_PAGE = Duration.ofSeconds(20);
    static final long SEED = 0x5EC1ED6E5L;
    static final Instant FETCHED = Instant.parse("2026-11-24T12:00:00Z");

    @TempDir
    Path tmp;

    Database db;
    ClaimExtractor claims;
    Ingester ingester;
    /** Every page that went in, by URL, with its outcome, for the checks after the run. */
    final Map<String, Run> runs = new LinkedHashMap<>();

    record Run(Hostile page, IngestOutcome outcome) {
    }

    @BeforeEach
    void open() throws Exception {
        db = Database.open(tmp.resolve("data"));
        claims = ClaimExtractor.withDefaults();
        ingester = new Ingester(db, new ArticleExtractor(), claims);
    }

    @AfterEach
    void storedDataIsWhole() throws Exception {
        if (db != null) {
            assertStoreIsWhole();
        }
    }

    @Test
    void everySmallHostilePageIsStoredOrRefusedWithAReason() {
        List<Hostile> corpus = new HostilePages(SEED).smallCorpus(20);
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(1_000);
        ingestAll(corpus);
        long failed = runs.values().stream().filter(r -> r.outcome().failed()).count();
        // Both ends must be exercised: a corpus where everything fails (or nothing does) proves nothing.
        assertThat(failed).as("refused pages").isBetween(50L, (long) corpus.size() - 50);
    }

    @Test
    void theRefusalsSayWhatIsWrong() {
        HostilePages gen = new HostilePages(SEED);
        assertThat(ingestOne(new Hostile("empty", new byte[0], "text/html")).reason()).startsWith("empty");
        assertThat(ingestOne(new Hostile("spaces", "  \n\t ".getBytes(StandardCharsets.US_ASCII), "text/html")).reason())
                .startsWith("empty");
        for (Hostile b : gen.binary(0)) {
            if (b.name().contains("magic") || b.name().contains("random")) {
                assertThat(ingestOne(b).reason()).as(b.name()).containsAnyOf("binary", "no article text", "decoded");
            }
        }
        Hostile chrome = HostilePages.html("chrome", "<html><body><nav><a href=/>Home</a></nav></body></html>");
        assertThat(ingestOne(chrome).reason()).contains("no article text");
    }

    @Test
    void templateAndScriptPayloadsAreStoredAsLiteralText() {
        HostilePages gen = new HostilePages(SEED);
        for (int round = 0; round < HostilePages.PAYLOADS.length; round++) {
            for (Hostile h : gen.injection(round)) {
                IngestOutcome out = ingestOne(h);
                if (!h.name().startsWith("inject/plain")) {
                    continue;
                }
                String payload = HostilePages.PAYLOADS[round];
                assertThat(out.failed()).as(h.name()).isFalse();
                Document doc = db.documents().find(out.documentId()).orElseThrow();
                // Stored as written: no template engine or script ran over it on the way in.
                assertThat(doc.text()).as(h.name()).contains(payload.strip());
            }
        }
    }

    /** Not {@code <a>}: nested links are reopened around everything after them (HTML5 adoption agency), so all is link text. */
    @Test
    void deepNestingOfOneHundredThousandLevelsKeepsTheText() {
        for (String tag : List.of("div", "b", "span", "table", "li", "td", "blockquote")) {
            String html = HostilePages.article("Deep " + tag,
                    HostilePages.nest(tag, HostilePages.DEEP, "Deeply nested: " + HostilePages.SPEC_PARAGRAPH, true));
            IngestOutcome out = ingestOne(HostilePages.html("deep-kept/" + tag, html));
            assertThat(out.failed()).as(tag + ": " + out.reason()).isFalse();
            assertThat(db.documents().find(out.documentId()).orElseThrow().text()).contains("Deeply nested");
        }
    }

    @Test
    void bigPagesAreRefusedOrStoredWholeWithoutExhaustingTheHeap() {
        IngestOutcome fifty = ingestOne(new Hostile("big/50MB", HostilePages.bigArticle(50 * 1024 * 1024, true), "text/html"));
        assertThat(fifty.failed()).isTrue();
        assertThat(fifty.reason()).startsWith("too large");
        IngestOutcome justOver = ingestOne(new Hostile("big/limit+1", HostilePages.bigArticle(Ingester.MAX_BYTES + 1, true),
                "text/html"));
        assertThat(justOver.reason()).startsWith("too large");
        // 8 MB of article: the parser, the scorer and the claim finder at full stretch (19 MB runs in the long version).
        IngestOutcome near = ingestOne(new Hostile("big/8MB-paragraphs", HostilePages.bigArticle(8 * 1024 * 1024, true),
                "text/html"));
        assertThat(near.failed()).as(String.valueOf(near.reason())).isFalse();
        IngestOutcome oneNode = ingestOne(new Hostile("big/4MB-one-text-node", HostilePages.bigArticle(4 * 1024 * 1024, false),
                "text/html"));
        assertThat(oneNode.status()).isNotNull();
    }

    @Test
    void hostileFilesOnDiskAreReportedByTheImport() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("files"));
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("bomb.html.gz")))) {
            byte[] spaces = " ".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 60; i++) {
                out.write(spaces); // 60 MB of spaces gzip to about 60 KB: a decompression bomb
            }
        }
        Files.write(dir.resolve("fifty.html"), HostilePages.bigArticle(50 * 1024 * 1024, true));
        Files.write(dir.resolve("not-gzip.html.gz"), "<p>plain, not gzip</p>".getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("empty.html"), new byte[0]);
        Files.write(dir.resolve("png.html"), HostilePages.concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0},
                new byte[5000]));
        Files.write(dir.resolve("good.html"), HostilePages.article("Good", "<p>Fine.</p>").getBytes(StandardCharsets.UTF_8));
        ImportReport report = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> new LocalImport(ingester, null).run(List.of(dir)));
        assertThat(report.created()).isEqualTo(1);
        assertThat(report.failures()).hasSize(5).allSatisfy(f -> assertThat(f.reason()).isNotBlank());
        assertThat(report.failures()).anySatisfy(f -> assertThat(f.reason()).contains("decompressed"));
        assertThat(report.failures()).anySatisfy(f -> assertThat(f.reason()).contains("gzip"));
        db.documents().forEachLive(d -> runs.put(d.url(), new Run(new Hostile(d.url(), new byte[0], null),
                new IngestOutcome(IngestOutcome.Status.NEW, d.id(), db.claims().byDocument(d.id()).size(), null))));
    }

    @Test
    @Tag("long")
    void tenThousandPagesAndSeveralFiftyMegabytePages() {
        List<Hostile> corpus = new HostilePages(SEED + 1).smallCorpus(190);
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(10_000);
        ingestAll(corpus);
        for (int i = 0; i < 4; i++) {
            ingestOne(new Hostile("big/50MB-" + i, HostilePages.bigArticle(50 * 1024 * 1024, i % 2 == 0), "text/html"));
            ingestOne(new Hostile("big/19MB-" + i, HostilePages.bigArticle(19 * 1024 * 1024 + i, i % 2 == 0), "text/html"));
        }
        ingestOne(new Hostile("big/limit", HostilePages.bigArticle(Ingester.MAX_BYTES, true), "text/html"));
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private void ingestAll(List<Hostile> corpus) {
        for (Hostile h : corpus) {
            ingestOne(h);
        }
    }

    /** One page through the ingest stage under the hang guard; checks the outcome's own shape. */
    private IngestOutcome ingestOne(Hostile h) {
        String url = "https://hostile.test/" + runs.size() + "/" + h.name();
        RawPage page = new RawPage(url, h.body(), h.contentType(), FETCHED, null, false);
        IngestOutcome out = assertTimeoutPreemptively(PER_PAGE, () -> ingester.ingest(page), () -> "hung on " + h);
        assertThat(out).as(h.toString()).isNotNull();
        if (out.failed()) {
            assertThat(out.reason()).as("reason for %s", h).isNotBlank();
            assertThat(out.documentId()).isNull();
        } else {
            assertThat(out.status()).as(h.toString()).isEqualTo(IngestOutcome.Status.NEW);
            assertThat(out.documentId()).as(h.toString()).isNotNull();
        }
        runs.put(url, new Run(h, out));
        return out;
    }

    /** Stored documents are exactly the NEW outcomes, each with exactly its claims, spans inside its text. */
    private void assertStoreIsWhole() throws SQLException {
        Map<Long, Run> stored = new LinkedHashMap<>();
        for (Run r : runs.values()) {
            if (!r.outcome().failed()) {
                stored.put(r.outcome().documentId(), r);
            }
        }
        assertThat(db.documents().countLive()).isEqualTo(stored.size());
        List<String> problems = new ArrayList<>();
        db.documents().forEachLive(doc -> {
            Run r = stored.get(doc.id());
            if (r == null) {
                problems.add("document " + doc.id() + " " + doc.url() + " has no NEW outcome");
                return;
            }
            List<ClaimView> cs = db.claims().byDocument(doc.id());
            if (cs.size() != r.outcome().claimCount()) {
                problems.add(doc.url() + ": " + cs.size() + " claims stored, ingest reported " + r.outcome().claimCount());
            }
            int len = doc.text().length();
            for (ClaimView cv : cs) {
                Claim c = cv.claim();
                if (c.start() < 0 || c.end() > len || c.start() > c.end()) {
                    problems.add(doc.url() + ": claim " + c.id() + " span " + c.start() + ".." + c.end() + " outside 0.." + len);
                }
            }
            List<Claim> again = claims.extract(doc.text(), localDate(doc.publishedAt()), doc.title()); // as ingest does: the headline names the subject
            if (again.size() != cs.size()) {
                problems.add(doc.url() + ": " + cs.size() + " claims stored, the extractor finds " + again.size());
            }
        });
        assertThat(problems).isEmpty();
        try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("ok");
        }
        try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM claims WHERE document_id NOT IN (SELECT id FROM documents)")) {
            rs.next();
            assertThat(rs.getInt(1)).as("claims without a document").isZero();
        }
    }

    private static LocalDate localDate(String iso) {
        try {
            return iso == null || iso.length() < 10 ? null : LocalDate.parse(iso.substring(0, 10));
        } catch (RuntimeException e) {
            return null;
        }
    }
}
