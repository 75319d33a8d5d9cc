package org.specledger.db.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.specledger.claims.Claim;
import org.specledger.claims.Document;
import org.specledger.claims.Flag;
import org.specledger.claims.FlagKind;
import org.specledger.claims.Hedge;
import org.specledger.claims.Model;
import org.specledger.claims.ValueKind;
import org.specledger.db.ClaimView;
import org.specledger.db.Database;
import org.specledger.db.DocumentSummary;
import org.specledger.db.FlagRepository;
import org.specledger.db.FlagView;
import org.specledger.db.FrontierEntry;
import org.specledger.db.ModelSummary;
import org.specledger.db.Page;
import org.specledger.db.SaveResult;
import org.specledger.db.Source;
import org.specledger.db.StoreException;
import org.specledger.db.StoredConsensus;

/**
 * What every engine behind {@link Database} must do alike. Each engine's test class opens a fresh, empty
 * database per test; the assertions are the same for all.
 */
public abstract class RepositoryContract {
    protected Database db;

    static final Model KIMI = new Model("kimi-k2", "Kimi K2", "Moonshot AI", "Kimi", List.of("Kimi-K2", "Kimi K2 Instruct"));
    static final Model PANGU = new Model("pangu-ultra", "Pangu Ultra", "Huawei", "Pangu", List.of("盘古 Ultra"));

    /** A fresh, empty database of the engine under test. */
    protected abstract Database openFresh() throws Exception;

    /** Releases what {@link #openFresh()} made, after {@code db} is closed. */
    protected void dispose() throws Exception {
    }

    @BeforeEach
    void openDatabase() throws Exception {
        db = openFresh();
    }

    @AfterEach
    void closeDatabase() throws Exception {
        if (db == null) {
            return; // the engine was not there (the test was skipped before it opened one)
        }
        db.close();
        dispose();
    }

    static Document doc(String url, String text) {
        return new Document(0, url, url, "Kimi K2 ships", "Pacific Compute Review", "A. Writer", "2026-07-12", "day",
                "meta", Instant.parse("2026-07-12T10:00:00Z").toString(), "en", text, Integer.toHexString(text.hashCode()));
    }

    static Claim params(double value, int start) {
        return Claim.number("Kimi K2", "total_parameters", value, null, null, "1 trillion",
                "Kimi K2 has 1 trillion parameters.", start, start + 34, Hedge.STATED);
    }

    @Test
    void aDocumentAndItsClaimsRoundTrip() {
        String text = "Kimi K2 has 1 trillion parameters. Weights are on Hugging Face. 盘古 Ultra 训练于昇腾。";
        Claim open = Claim.textual("Kimi K2", "open_weights", ValueKind.BOOLEAN, "true", null, "on Hugging Face",
                "Weights are on Hugging Face.", 35, 63, Hedge.REPORTED);
        SaveResult r = db.documents().save(doc("https://a.example/k2", text), List.of(params(1.04e12, 0), open), List.of(KIMI));

        assertThat(r.status()).isEqualTo(SaveResult.Status.NEW);
        Document back = db.documents().find(r.documentId()).orElseThrow();
        assertThat(back.text()).isEqualTo(text);
        assertThat(back.publisher()).isEqualTo("Pacific Compute Review");
        assertThat(back.publishedAt()).isEqualTo("2026-07-12");
        List<ClaimView> claims = db.claims().byDocument(r.documentId());
        assertThat(claims).hasSize(2);
        assertThat(claims.get(0).claim().value()).as("a double survives exactly").isEqualTo(1.04e12);
        assertThat(claims.get(0).modelId()).isEqualTo("kimi-k2");
        assertThat(claims.get(1).claim().jsonValue()).isEqualTo(Boolean.TRUE);
        assertThat(claims.get(1).claim().hedge()).isEqualTo(Hedge.REPORTED);
        assertThat(db.models().resolve("kimi-k2 instruct")).map(ModelSummary::name).contains("Kimi K2");
        assertThat(db.models().resolve("ＫＩＭＩ Ｋ2")).map(ModelSummary::id).contains("kimi-k2");
        assertThat(db.models().list(null, 10).items()).extracting(ModelSummary::claimCount).containsExactly(2);
        assertThat(db.claims().modelIdsWithClaims()).containsExactly("kimi-k2");
    }

    @Test
    void importingTheSamePageTwiceIsOneDocumentAndAChangedTextARevision() {
        SaveResult first = db.documents().save(doc("https://a.example/k2", "Kimi K2 has 1 trillion parameters."),
                List.of(params(1e12, 0)), List.of(KIMI));
        SaveResult again = db.documents().save(doc("https://a.example/k2", "Kimi K2 has 1 trillion parameters."),
                List.of(params(1e12, 0)), List.of(KIMI));
        assertThat(again.status()).isEqualTo(SaveResult.Status.UNCHANGED);
        assertThat(again.documentId()).isEqualTo(first.documentId());
        assertThat(db.documents().countLive()).isEqualTo(1);

        SaveResult v2 = db.documents().save(doc("https://a.example/k2", "Kimi K2 has 1.04 trillion parameters."),
                List.of(), List.of(KIMI));
        assertThat(v2.status()).isEqualTo(SaveResult.Status.REVISED);
        assertThat(v2.supersededId()).isEqualTo(first.documentId());
        assertThat(db.documents().findLiveByUrl("https://a.example/k2")).map(Document::id).contains(v2.documentId());
        assertThat(db.documents().revisions("https://a.example/k2")).hasSize(2);
        assertThat(db.claims().list(null, null, null, 50).items()).as("claims of superseded versions are not live").isEmpty();
    }

    @Test
    void aModelsClaimCountFollowsStoredRevisedAndDeletedDocuments() {
        Claim pangu = Claim.number("Pangu Ultra", "total_parameters", 135e9, null, null, "135 billion",
                "Pangu Ultra has 135 billion parameters.", 0, 39, Hedge.STATED);
        SaveResult a = db.documents().save(doc("https://a.example/1", "Kimi K2 has 1 trillion parameters."),
                List.of(params(1e12, 0), params(1e12, 40)), List.of(KIMI));
        SaveResult b = db.documents().save(doc("https://a.example/2", "Both models."), List.of(params(1e12, 0), pangu),
                List.of(KIMI, PANGU));
        assertCounts(3, 1);
        // A revision drops the Kimi claim and keeps the Pangu one: the old version's claims no longer count.
        db.documents().save(doc("https://a.example/2", "Only Pangu now."), List.of(pangu), List.of(PANGU));
        assertCounts(2, 1);
        // Deleting the superseded version changes nothing; deleting a live one takes its claims off.
        db.documents().delete(b.documentId());
        assertCounts(2, 1);
        db.documents().delete(a.documentId());
        assertCounts(0, 1);
        assertThat(db.models().list(null, 10).items()).as("a model without live claims is not listed")
                .extracting(ModelSummary::id).containsExactly("pangu-ultra");
    }

    /** The kept counts, each checked against a count of the live claims themselves. */
    private void assertCounts(int kimi, int pangu) {
        assertThat(db.models().find("kimi-k2").orElseThrow().claimCount()).as("Kimi K2's live claims").isEqualTo(kimi);
        assertThat(db.models().find("pangu-ultra").orElseThrow().claimCount()).as("Pangu Ultra's live claims").isEqualTo(pangu);
        assertThat(db.claims().byModel("kimi-k2", null)).hasSize(kimi);
        assertThat(db.claims().byModel("pangu-ultra", null)).hasSize(pangu);
    }

    @Test
    void aDocumentIsStoredWithAllItsClaimsOrNotAtAll() {
        // The second claim names a model that is neither stored nor passed along: the foreign key fails on every
        // engine, after the document row and the first claim were written in the same transaction.
        Claim orphan = Claim.number("No Such Model", "context_length", 128_000.0, null, null, "128K",
                "It reads 128K tokens.", 0, 21, Hedge.STATED);
        assertThatThrownBy(() -> db.documents().save(doc("https://a.example/k2", "It reads 128K tokens."),
                List.of(params(1e12, 0), orphan), List.of(KIMI))).isInstanceOf(StoreException.class);
        assertThat(db.documents().countLive()).isZero();
        assertThat(db.documents().findLiveByUrl("https://a.example/k2")).isEmpty();
        assertThat(db.claims().list(null, null, null, 50).items()).isEmpty();
        assertThat(db.models().find("kimi-k2")).as("the models written in the failed transaction too").isEmpty();
    }

    @Test
    void writersRacingOnOnePageStoreItOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<SaveResult>> saves = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                saves.add(() -> db.documents().save(doc("https://a.example/race", "Kimi K2 has 1 trillion parameters."),
                        List.of(params(1e12, 0)), List.of(KIMI)));
            }
            Set<Long> ids = new HashSet<>();
            for (Future<SaveResult> f : pool.invokeAll(saves)) {
                ids.add(f.get().documentId());
            }
            assertThat(ids).hasSize(1);
            assertThat(db.documents().countLive()).isEqualTo(1);
            assertThat(db.claims().list(null, null, null, 50).items()).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void listingsPageThroughEveryRowOnceInOrder() {
        for (int i = 0; i < 7; i++) {
            db.documents().save(doc("https://a.example/" + i, "Kimi K2 text " + i), List.of(params(1e12 + i, 0)), List.of(KIMI));
        }
        List<Long> seen = new ArrayList<>();
        Page<DocumentSummary> p = db.documents().list(null, 3);
        seen.addAll(p.items().stream().map(DocumentSummary::id).toList());
        while (p.next() != null) {
            p = db.documents().list(p.next(), 3);
            seen.addAll(p.items().stream().map(DocumentSummary::id).toList());
        }
        assertThat(seen).hasSize(7).isSorted().doesNotHaveDuplicates();

        Page<ClaimView> c1 = db.claims().list("kimi-k2", "total_parameters", null, 4);
        Page<ClaimView> c2 = db.claims().list("kimi-k2", null, c1.next(), 4);
        assertThat(c1.items()).hasSize(4);
        assertThat(c2.items()).hasSize(3);
        assertThat(c2.next()).isNull();
        assertThat(db.claims().list("no-such-model", null, null, 4).items()).isEmpty();
        assertThatThrownBy(() -> db.documents().list("not-a-cursor", 3)).isInstanceOf(IllegalArgumentException.class);

        db.documents().save(doc("https://b.example/p", "Pangu text"), List.of(Claim.number("Pangu Ultra",
                "total_parameters", 7.18e11, null, null, "718B", "718B", 0, 4, Hedge.STATED)), List.of(PANGU));
        Page<ModelSummary> m1 = db.models().list(null, 1);
        Page<ModelSummary> m2 = db.models().list(m1.next(), 1);
        assertThat(m1.items()).extracting(ModelSummary::name).containsExactly("Kimi K2");
        assertThat(m2.items()).extracting(ModelSummary::name).containsExactly("Pangu Ultra");
        assertThat(m2.next()).isNull();
    }

    @Test
    void flagsAndConsensusAreReplacedPerModelAndKeepTheirFirstDate() {
        SaveResult r = db.documents().save(doc("https://a.example/k2", "Kimi K2 has 1 trillion parameters."),
                List.of(params(1e12, 0)), List.of(KIMI));
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
        assertThat(db.flags().list(null, FlagKind.CONFLICT, null, 10).items()).hasSize(1);
        assertThat(db.flags().list(null, FlagKind.IMPLAUSIBLE, null, 10).items()).isEmpty();
        assertThat(db.flags().consensus("kimi-k2")).singleElement()
                .satisfies(s -> assertThat(s.supportingClaimIds()).containsExactly(claimId));
        assertThat(db.flags().consensusByAttributePrefix("total_")).hasSize(1);
        assertThat(db.flags().flaggedClaimIds()).containsExactly(claimId);

        db.documents().delete(r.documentId());
        assertThat(db.flags().byModel("kimi-k2").get(0).flag().claimIds()).isEmpty();
    }

    /** SPEC_SCHEMA.md, "A flag's id is stable": keyed by (model, attribute, kind), not by its claims. */
    @Test
    void aFlagKeepsItsIdWhenItsClaimsChangeAndIsDeletedWhenItGoes() {
        SaveResult a = db.documents().save(doc("https://a.example/k2", "Kimi K2 has 1 trillion parameters."),
                List.of(params(1e12, 0)), List.of(KIMI));
        SaveResult b = db.documents().save(doc("https://b.example/k2", "Kimi K2 has 2 trillion parameters."),
                List.of(params(2e12, 0)), List.of(KIMI));
        long first = a.claims().get(0).id();
        long second = b.claims().get(0).id();
        Flag conflict = new Flag(0, FlagKind.CONFLICT, "Kimi K2", "total_parameters", "1 T against 2 T.", List.of(first));
        Flag temporal = new Flag(0, FlagKind.TEMPORAL, "Kimi K2", null, "Released before announced.", List.of(first));
        db.flags().replaceForModels(List.of("kimi-k2"), List.of(conflict, temporal), List.of());
        long conflictId = db.flags().list("kimi-k2", FlagKind.CONFLICT, null, 10).items().get(0).flag().id();
        long temporalId = db.flags().list("kimi-k2", FlagKind.TEMPORAL, null, 10).items().get(0).flag().id();

        Flag grown = new Flag(0, FlagKind.CONFLICT, "Kimi K2", "total_parameters", "1 T against 2 T (two outlets).",
                List.of(first, second));
        db.flags().replaceForModels(List.of("kimi-k2"), List.of(grown), List.of());

        FlagView after = db.flags().find(conflictId).orElseThrow();
        assertThat(after.flag().reason()).isEqualTo("1 T against 2 T (two outlets).");
        assertThat(after.flag().claimIds()).containsExactly(first, second);
        assertThat(db.flags().find(temporalId)).isEmpty();
        assertThat(db.flags().byModel("kimi-k2")).extracting(v -> v.flag().id()).containsExactly(conflictId);
    }

    /** Issue 14, item 10: the models to reconcile are stored with the document, and a newer mark survives. */
    @Test
    void savingADocumentMarksItsModelsDirtyAndClearingKeepsANewerMark() {
        assertThat(db.flags().dirtyModels()).isEmpty();
        db.documents().save(doc("https://a.example/k2", "Kimi K2 has 1 trillion parameters."), List.of(params(1e12, 0)), List.of(KIMI));
        var marks = db.flags().dirtyModels();
        assertThat(marks).containsOnlyKeys("kimi-k2");

        db.documents().save(doc("https://b.example/k2", "Kimi K2 has 1 trillion parameters!"), List.of(params(1e12, 0)), List.of(KIMI));
        db.flags().replaceForModels(List.of("kimi-k2"), List.of(), List.of(), marks);
        assertThat(db.flags().dirtyModels()).containsOnlyKeys("kimi-k2");
        db.flags().replaceForModels(List.of("kimi-k2"), List.of(), List.of(), db.flags().dirtyModels());
        assertThat(db.flags().dirtyModels()).isEmpty();
    }

    /** V3 and V4 (document dates, claim attribution) round-trip on every engine. */
    @Test
    void documentDatesAndClaimAttributionRoundTrip() {
        SaveResult r = db.documents().save(doc("https://a.example/k2", "Kimi K2 has 1 trillion parameters."),
                List.of(params(1e12, 0).withAttribution(org.specledger.claims.Attribution.SUBJECT)), List.of(KIMI));
        db.documentDates().save(new org.specledger.db.DocumentDates(r.documentId(), "2026-11-02", 0.75,
                "url 2026-11-01", null));
        db.documentDates().save(new org.specledger.db.DocumentDates(r.documentId(), "2026-11-03", 0.5, null, null));
        assertThat(db.documentDates().find(r.documentId())).hasValue(
                new org.specledger.db.DocumentDates(r.documentId(), "2026-11-03", 0.5, null, null));
        assertThat(db.claims().list("kimi-k2", null, null, 10).items()).singleElement()
                .satisfies(v -> assertThat(v.claim().attribution()).isEqualTo(org.specledger.claims.Attribution.SUBJECT));
    }

    @Test
    void theFrontierKeepsOneRowPerUrlAndHandsEachOutOnce() {
        Instant t0 = Instant.parse("2026-11-24T10:00:00Z");
        assertThat(db.frontier().enqueue("https://a.example/1", null, 0, t0)).isTrue();
        assertThat(db.frontier().enqueue("https://a.example/1", null, 1, t0)).isFalse();
        assertThat(db.frontier().enqueueAll(List.of("https://a.example/2", "https://a.example/1", "https://b.example:8080/x"),
                null, 1, t0)).containsExactly("https://a.example/2", "https://b.example:8080/x");
        assertThat(db.frontier().queuedOrigins()).containsExactlyInAnyOrder("https://a.example", "https://b.example:8080");

        List<FrontierEntry> taken = db.frontier().claimDue("https://a.example", t0.plusSeconds(1), 10);
        assertThat(taken).extracting(FrontierEntry::url).containsExactly("https://a.example/1", "https://a.example/2");
        assertThat(db.frontier().claimDue("https://a.example", t0.plusSeconds(1), 10)).as("a second crawler").isEmpty();
        db.frontier().markFetched(taken.get(0).id(), 200, "\"e\"", null, "abc", null);
        assertThat(db.frontier().release(List.of(taken.get(0).id(), taken.get(1).id()))).isEqualTo(1);
        assertThat(db.frontier().counts()).containsEntry("fetched", 1).containsEntry("queued", 2);
        assertThat(db.frontier().resetFetching(t0)).isZero();
    }

    @Test
    void sourcesAreAddedOnceAndCountTheirFetches() {
        Source s = db.sources().add("https://a.example/feed.xml", "feed", null, 2, null);
        assertThat(db.sources().add("https://a.example/feed.xml", "feed", null, 2, null).id()).isEqualTo(s.id());
        db.sources().recordFetch(s.id(), true, null);
        db.sources().recordFetch(s.id(), false, "HTTP 503");
        db.sources().recordFetch(s.id(), true, null);
        Source back = db.sources().find(s.id()).orElseThrow();
        assertThat(back.fetchedCount()).isEqualTo(2);
        assertThat(back.errorCount()).isEqualTo(1);
        assertThat(back.lastError()).isEqualTo("HTTP 503");
        db.sources().log(s.id(), s.url(), "fetched", 200, "ok");
        assertThat(db.sources().recentLog(5)).singleElement().satisfies(l -> assertThat(l.status()).isEqualTo(200));
    }
}
