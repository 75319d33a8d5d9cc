package org.specledger.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.specledger.claims.Claim;
import org.specledger.claims.Document;
import org.specledger.claims.Flag;
import org.specledger.claims.FlagKind;
import org.specledger.claims.Hedge;
import org.specledger.claims.Model;
import org.specledger.claims.ValueKind;

class DatabaseTest {
    @TempDir
    Path dir;
    Database db;

    static final Model KIMI = new Model("kimi-k2", "Kimi K2", "Moonshot AI", "Kimi", List.of("Kimi-K2", "Kimi K2 Instruct"));

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir);
    }

    static Document doc(String url, String text) {
        return new Document(0, url, url, "Kimi K2 ships", "Pacific Compute Review", "A. Writer", "2026-07-12", "day",
                "meta", Instant.parse("2026-07-12T10:00:00Z").toString(), "en", text, Integer.toHexString(text.hashCode()));
    }

    static Claim totalParams(int start) {
        return Claim.number("Kimi K2", "total_parameters", 1e12, null, null, "1 trillion",
                "Kimi K2 has 1 trillion parameters.", start, start + 34, Hedge.STATED);
    }

    @Test
    void documentAndClaimsRoundTrip() {
        String text = "Kimi K2 has 1 trillion parameters. Weights are on Hugging Face.";
        Claim open = Claim.textual("Kimi K2", "open_weights", ValueKind.BOOLEAN, "true", null, "on Hugging Face",
                "Weights are on Hugging Face.", 35, 63, Hedge.REPORTED);
        SaveResult r = db.documents().save(doc("https://a.example/k2", text), List.of(totalParams(0), open), List.of(KIMI));

        assertThat(r.status()).isEqualTo(SaveResult.Status.NEW);
        Document back = db.documents().find(r.documentId()).orElseThrow();
        assertThat(back.text()).isEqualTo(text);
        assertThat(back.publisher()).isEqualTo("Pacific Compute Review");
        assertThat(back.publishedAt()).isEqualTo("2026-07-12");

        List<ClaimView> claims = db.claims().byDocument(r.documentId());
        assertThat(claims).hasSize(2);
        assertThat(claims.get(0).claim().value()).isEqualTo(1e12);
        assertThat(claims.get(0).modelId()).isEqualTo("kimi-k2");
        assertThat(claims.get(1).claim().jsonValue()).isEqualTo(Boolean.TRUE);
        assertThat(claims.get(1).claim().hedge()).isEqualTo(Hedge.REPORTED);
        assertThat(claims.get(1).url()).isEqualTo("https://a.example/k2");

        assertThat(db.models().resolve("kimi-k2 instruct")).map(ModelSummary::name).contains("Kimi K2");
        assertThat(db.models().resolve("ＫＩＭＩ Ｋ2")).map(ModelSummary::id).contains("kimi-k2");
        assertThat(db.models().list(null, 10).items()).extracting(ModelSummary::claimCount).containsExactly(2);
    }

    @Test
    void sameContentTwiceIsOneDocument() {
        String text = "Kimi K2 has 1 trillion parameters.";
        SaveResult first = db.documents().save(doc("https://a.example/k2", text), List.of(totalParams(0)), List.of(KIMI));
        SaveResult second = db.documents().save(doc("https://a.example/k2", text), List.of(totalParams(0)), List.of(KIMI));
        assertThat(second.status()).isEqualTo(SaveResult.Status.UNCHANGED);
        assertThat(second.documentId()).isEqualTo(first.documentId());
        assertThat(db.documents().countLive()).isEqualTo(1);
        assertThat(db.claims().list(null, null, null, 50).items()).hasSize(1);
    }

    @Test
    void changedTextKeepsEarlierVersionAsSuperseded() {
        SaveResult v1 = db.documents().save(doc("https://a.example/k2", "Kimi K2 has 1 trillion parameters."),
                List.of(totalParams(0)), List.of(KIMI));
        SaveResult v2 = db.documents().save(doc("https://a.example/k2", "Kimi K2 has 1.04 trillion parameters."),
                List.of(), List.of(KIMI));
        assertThat(v2.status()).isEqualTo(SaveResult.Status.REVISED);
        assertThat(v2.supersededId()).isEqualTo(v1.documentId());
        assertThat(db.documents().findLiveByUrl("https://a.example/k2")).map(Document::id).contains(v2.documentId());
        assertThat(db.documents().revisions("https://a.example/k2")).hasSize(2)
                .first().satisfies(rev -> assertThat(rev.supersededAt()).isNull());
        // The old version's claims stay readable, but listings of live claims no longer count them.
        assertThat(db.claims().byDocument(v1.documentId())).hasSize(1);
        assertThat(db.claims().list(null, null, null, 50).items()).isEmpty();
    }

    @Test
    void documentAndClaimsAreWrittenTogetherOrNotAtAll() throws Exception {
        try (Connection c = db.dataSource().getConnection(); var st = c.createStatement()) {
            st.execute("CREATE TRIGGER boom BEFORE INSERT ON claims WHEN NEW.attribute = 'context_length'"
                    + " BEGIN SELECT RAISE(ABORT, 'injected failure'); END");
        }
        Claim bad = Claim.number("Kimi K2", "context_length", 128_000.0, null, null, "128K", "It reads 128K tokens.", 0, 21,
                Hedge.STATED);
        assertThatThrownBy(() -> db.documents().save(doc("https://a.example/k2", "It reads 128K tokens."),
                List.of(totalParams(0), bad), List.of(KIMI)))
                .isInstanceOf(StoreException.class).hasMessageContaining("injected failure");
        assertThat(db.documents().countLive()).isZero();
        assertThat(db.claims().list(null, null, null, 50).items()).isEmpty();
    }

    @Test
    void flagsAndConsensusAreReplacedPerModelAndFollowTheirClaims() {
        SaveResult r = db.documents().save(doc("https://a.example/k2", "Kimi K2 has 1 trillion parameters."),
                List.of(totalParams(0)), List.of(KIMI));
        long claimId = r.claims().get(0).id();
        Flag f = new Flag(0, FlagKind.CONFLICT, "Kimi K2", "total_parameters", "Two outlets disagree: 1 T vs 2 T.", List.of(claimId));
        StoredConsensus cons = new StoredConsensus("kimi-k2", "total_parameters", "number", 1e12, null, null, null, null,
                1e12, 1e12, 1, 1, "stated", List.of(claimId), null);
        db.flags().replaceForModels(List.of("kimi-k2"), List.of(f), List.of(cons));
        String firstRaised = db.flags().byModel("kimi-k2").get(0).createdAt();
        db.flags().replaceForModels(List.of("kimi-k2"), List.of(f), List.of(cons));

        List<FlagView> flags = db.flags().byModel("kimi-k2");
        assertThat(flags).hasSize(1);
        assertThat(flags.get(0).createdAt()).isEqualTo(firstRaised);
        assertThat(flags.get(0).flag().claimIds()).containsExactly(claimId);
        assertThat(db.flags().consensus("kimi-k2")).singleElement()
                .satisfies(s -> assertThat(s.supportingClaimIds()).containsExactly(claimId));

        db.documents().delete(r.documentId());
        assertThat(db.flags().byModel("kimi-k2").get(0).flag().claimIds()).isEmpty();
    }

    @Test
    void paginationWalksEveryDocumentOnce() {
        for (int i = 0; i < 7; i++) {
            db.documents().save(doc("https://a.example/" + i, "text " + i), List.of(), List.of());
        }
        Page<DocumentSummary> p = db.documents().list(null, 3);
        int seen = p.items().size();
        while (p.next() != null) {
            p = db.documents().list(p.next(), 3);
            seen += p.items().size();
        }
        assertThat(seen).isEqualTo(7);
        assertThatThrownBy(() -> db.documents().list("not-a-cursor", 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("invalid cursor");
    }

    @Test
    void aCorruptFileGetsAClearMessage() throws Exception {
        Path other = dir.resolve("corrupt");
        Files.createDirectories(other);
        Files.write(other.resolve(Database.FILE_NAME), "this is not a database, just text".repeat(200).getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> Database.open(other)).isInstanceOf(DatabaseUnavailableException.class)
                .hasMessageContaining("corrupt");
    }

    @Test
    void frontierKeepsOneRowPerUrl() {
        Instant now = Instant.now();
        assertThat(db.frontier().enqueue("https://a.example/x", null, 0, now)).isTrue();
        assertThat(db.frontier().enqueue("https://a.example/x", null, 1, now)).isFalse();
        FrontierEntry e = db.frontier().due(now.plusSeconds(1), 10).get(0);
        db.frontier().markFetched(e.id(), 200, "\"etag\"", "Tue, 24 Nov 2026 10:00:00 GMT", "abc", null);
        assertThat(db.frontier().find("https://a.example/x")).get()
                .satisfies(x -> {
                    assertThat(x.state()).isEqualTo("fetched");
                    assertThat(x.etag()).isEqualTo("\"etag\"");
                });
        assertThat(db.frontier().counts()).containsEntry("fetched", 1);
    }

    /** Issue 14, item 12: /api/flags/{id} permalinks and Atom ids must survive a re-reconcile. */
    @Test
    void aFlagKeepsItsIdWhenItsClaimsChangeAndIsDeletedWhenItGoes() {
        SaveResult a = db.documents().save(doc("https://a.example/k2", "Kimi K2 has 1 trillion parameters."),
                List.of(totalParams(0)), List.of(KIMI));
        SaveResult b = db.documents().save(doc("https://b.example/k2", "Kimi K2 has 2 trillion parameters."),
                List.of(totalParams(0)), List.of(KIMI));
        long first = a.claims().get(0).id();
        long second = b.claims().get(0).id();
        Flag conflict = new Flag(0, FlagKind.CONFLICT, "Kimi K2", "total_parameters", "1 T against 2 T.", List.of(first));
        Flag temporal = new Flag(0, FlagKind.TEMPORAL, "Kimi K2", null, "Released before announced.", List.of(first));
        db.flags().replaceForModels(List.of("kimi-k2"), List.of(conflict, temporal), List.of());
        long conflictId = db.flags().list("kimi-k2", FlagKind.CONFLICT, null, 10).items().get(0).flag().id();
        long temporalId = db.flags().list("kimi-k2", FlagKind.TEMPORAL, null, 10).items().get(0).flag().id();

        // A claim joins the conflict, its reason is reworded, and the temporal flag no longer holds.
        Flag grown = new Flag(0, FlagKind.CONFLICT, "Kimi K2", "total_parameters", "1 T against 2 T (two outlets).",
                List.of(first, second));
        db.flags().replaceForModels(List.of("kimi-k2"), List.of(grown), List.of());

        FlagView after = db.flags().find(conflictId).orElseThrow();
        assertThat(after.flag().reason()).isEqualTo("1 T against 2 T (two outlets).");
        assertThat(after.flag().claimIds()).containsExactly(first, second);
        assertThat(db.flags().find(temporalId)).isEmpty();
        assertThat(db.flags().byModel("kimi-k2")).extracting(v -> v.flag().id()).containsExactly(conflictId);
    }

    /** Issue 14, item 10: the models to reconcile are stored with the document, not kept in memory. */
    @Test
    void savingADocumentMarksItsModelsDirtyInTheSameTransaction() throws Exception {
        assertThat(db.flags().dirtyModels()).isEmpty();
        db.documents().save(doc("https://a.example/k2", "Kimi K2 has 1 trillion parameters."), List.of(totalParams(0)), List.of(KIMI));
        var marks = db.flags().dirtyModels();
        assertThat(marks).containsOnlyKeys("kimi-k2");

        // Marked again while a reconciliation ran: clearing the marks it saw must keep the newer one.
        db.documents().save(doc("https://b.example/k2", "Kimi K2 has 1 trillion parameters!"), List.of(totalParams(0)), List.of(KIMI));
        db.flags().replaceForModels(List.of("kimi-k2"), List.of(), List.of(), marks);
        assertThat(db.flags().dirtyModels()).containsOnlyKeys("kimi-k2");
        db.flags().replaceForModels(List.of("kimi-k2"), List.of(), List.of(), db.flags().dirtyModels());
        assertThat(db.flags().dirtyModels()).isEmpty();

        // A save that fails after the mark was written marks nothing.
        try (Connection c = db.dataSource().getConnection(); var st = c.createStatement()) {
            st.execute("CREATE TRIGGER boom AFTER INSERT ON dirty_models BEGIN SELECT RAISE(ABORT, 'injected failure'); END");
        }
        assertThatThrownBy(() -> db.documents().save(doc("https://c.example/k2", "Kimi K2 again."),
                List.of(totalParams(0)), List.of(KIMI))).isInstanceOf(StoreException.class).hasMessageContaining("injected");
        assertThat(db.flags().dirtyModels()).isEmpty();
        assertThat(db.documents().findLiveByUrl("https://c.example/k2")).isEmpty();
    }

    /** Issue 14, item 11: a zero-byte file is a damaged database, not a new one. */
    @Test
    void anEmptyDatabaseFileIsRefused() throws Exception {
        Path other = dir.resolve("truncated");
        Files.createDirectories(other);
        Files.write(other.resolve(Database.FILE_NAME), new byte[0]);
        assertThatThrownBy(() -> Database.open(other)).isInstanceOf(DatabaseUnavailableException.class)
                .hasMessageContaining("is empty (0 bytes)");
        assertThat(Files.size(other.resolve(Database.FILE_NAME))).as("left as it was").isZero();
    }

    @Test
    void anotherProgramsDatabaseIsRefused() throws Exception {
        Path other = dir.resolve("foreign");
        Files.createDirectories(other);
        var ds = new org.sqlite.SQLiteDataSource();
        ds.setUrl("jdbc:sqlite:" + other.resolve(Database.FILE_NAME));
        try (Connection c = ds.getConnection(); var st = c.createStatement()) {
            st.execute("CREATE TABLE moz_bookmarks (id INTEGER PRIMARY KEY, title TEXT)");
        }
        assertThatThrownBy(() -> Database.open(other)).isInstanceOf(DatabaseUnavailableException.class)
                .hasMessageContaining("not a SpecLedger database").hasMessageContaining("moz_bookmarks");
    }
}
