package org.specledger.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.specledger.claims.Claim;
import org.specledger.claims.Hedge;
import org.specledger.db.Database;
import org.specledger.web.sheet.SheetFixtures;

/** The claims listed under search hits are kept until a write touches their document: never shown stale. */
class HitClaimsTest {
    @TempDir
    Path dir;

    @Test
    void keptClaimsAreForgottenWhenTheirDocumentChanges() throws Exception {
        try (Database db = SheetFixtures.open(dir)) {
            String text = "Kimi K2 has 1 trillion total parameters. Kimi K2 has a 128K-token context window.";
            String quote = "Kimi K2 has 1 trillion total parameters.";
            long id = SheetFixtures.save(db, SheetFixtures.doc("https://a.example/k2", "K2", "Wire", "2026-03-01", "en", text),
                    List.of(Claim.number(SheetFixtures.KIMI.name(), "total_parameters", 1e12, null, null, "1 trillion",
                            quote, text.indexOf(quote), text.indexOf(quote) + quote.length(), Hedge.STATED)),
                    List.of(SheetFixtures.KIMI));
            HitClaims claims = new HitClaims(db, 6);
            assertThat(claims.of(List.of(id)).get(id)).extracting(c -> c.claim().attribute()).containsExactly("total_parameters");
            assertThat(claims.of(List.of(id)).get(id)).hasSize(1);

            assertThat(db.documents().delete(id)).isTrue();
            assertThat(claims.of(List.of(id)).get(id)).as("the document is gone, and so are its claims").isEmpty();
            claims.close();
        }
    }
}
