package org.specledger.web.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.specledger.claims.Attributes;
import org.specledger.claims.Claim;
import org.specledger.claims.Hedge;
import org.specledger.db.ClaimView;
import org.specledger.db.Database;

/**
 * The claims a spec sheet lists, kept between sheets: after every kind of write (a new report, a revised one
 * that drops or changes claims, a deleted one, a report about another model) the kept list is exactly what the
 * database lists, and a model nobody wrote about is not read again.
 */
class ModelClaimsTest {
    @TempDir
    Path dir;

    @Test
    void keptClaimsFollowEveryWriteThatTouchesTheModel() {
        Database db = SheetFixtures.open(dir);
        SheetFixtures.load(db);
        try (ModelClaims kept = new ModelClaims(db)) {
            assertSame(db, kept, "kimi-k2");
            List<ClaimView> first = kept.of("kimi-k2");
            assertThat(kept.of("kimi-k2")).as("no write in between: the same list, not read again").isSameAs(first);

            // A new report about the model.
            long added = SheetFixtures.save(db, SheetFixtures.doc("https://wire.example/k2-ctx", "K2 context", "Wire",
                    "2025-07-15", "en", "Kimi K2 reads 256K tokens at once."), List.of(params(3e12, "3 trillion")),
                    List.of(SheetFixtures.KIMI));
            assertSame(db, kept, "kimi-k2");
            assertThat(kept.of("kimi-k2")).extracting(c -> c.claim().documentId()).contains(added);
            assertThat(kept.wholeReads()).as("brought up to date from the new report alone").isEqualTo(1);

            // The same URL revised: the old version's claims leave, the new version's come.
            long revised = SheetFixtures.save(db, SheetFixtures.doc("https://wire.example/k2-ctx", "K2 context (corrected)",
                    "Wire", "2025-07-15", "en", "Correction: Kimi K2 has 1.5 trillion parameters."),
                    List.of(params(1.5e12, "1.5 trillion")), List.of(SheetFixtures.KIMI));
            assertSame(db, kept, "kimi-k2");
            assertThat(kept.of("kimi-k2")).extracting(c -> c.claim().documentId()).contains(revised).doesNotContain(added);

            // A report about another model leaves this one's list alone.
            List<ClaimView> before = kept.of("kimi-k2");
            SheetFixtures.save(db, SheetFixtures.doc("https://wire.example/dsv3", "DSV3", "Wire", "2025-07-16", "en",
                    "DeepSeek-V3 was trained on 14.8 trillion tokens."), List.of(Claim.number(SheetFixtures.DEEPSEEK.name(),
                    Attributes.TRAINING_TOKENS, 14.8e12, null, null, "14.8 trillion tokens", "14.8 trillion tokens", 0, 20,
                    Hedge.STATED)), List.of(SheetFixtures.DEEPSEEK));
            assertThat(kept.of("kimi-k2")).isSameAs(before);
            assertSame(db, kept, "deepseek-v3");

            // A deleted report takes its claims with it.
            db.documents().delete(revised);
            assertSame(db, kept, "kimi-k2");
            assertThat(kept.of("kimi-k2")).extracting(c -> c.claim().documentId()).doesNotContain(revised);
            assertThat(kept.wholeReads()).as("kimi-k2 and deepseek-v3 read whole once each").isEqualTo(2);
        }
    }

    @Test
    void manyWritesBetweenTwoReadsAndClearStillGiveTheDatabasesList() {
        Database db = SheetFixtures.open(dir);
        SheetFixtures.load(db);
        Random rnd = new Random(7);
        try (ModelClaims kept = new ModelClaims(db)) {
            kept.of("kimi-k2");
            List<Long> docs = new ArrayList<>();
            for (int round = 0; round < 6; round++) {
                // More writes than the log keeps in some rounds, a few in others.
                int writes = round % 2 == 0 ? ModelClaims.MAX_LOG + 3 : 1 + rnd.nextInt(4);
                for (int i = 0; i < writes; i++) {
                    int n = rnd.nextInt(40);
                    if (!docs.isEmpty() && rnd.nextInt(5) == 0) {
                        db.documents().delete(docs.remove(rnd.nextInt(docs.size())));
                    } else {
                        docs.add(SheetFixtures.save(db, SheetFixtures.doc("https://feed.example/k2/" + n, "K2 #" + n,
                                "Feed " + (n % 3), "2025-07-20", "en", "Kimi K2 round " + round + " item " + i),
                                List.of(params(1e12 + n, n + " params")), List.of(SheetFixtures.KIMI)));
                    }
                }
                assertSame(db, kept, "kimi-k2");
                if (round == 3) {
                    kept.clear();
                    assertSame(db, kept, "kimi-k2");
                }
            }
        }
    }

    private static Claim params(double value, String text) {
        String quote = "Kimi K2 has " + text + " parameters.";
        return Claim.number(SheetFixtures.KIMI.name(), Attributes.TOTAL_PARAMETERS, value, null, null, text, quote, 0,
                quote.length(), Hedge.REPORTED);
    }

    private static void assertSame(Database db, ModelClaims kept, String model) {
        assertThat(kept.of(model)).as("kept claims of " + model).containsExactlyElementsOf(db.claims().byModel(model, null));
    }
}
