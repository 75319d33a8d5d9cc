package org.specledger.claims.extract;

import java.time.LocalDate;
import java.util.List;
import org.specledger.claims.Claim;
import org.specledger.claims.models.ModelCatalog;

/** Placeholder until the extraction stage lands. */
public final class ClaimExtractor {
    public static ClaimExtractor withDefaults() {
        return new ClaimExtractor();
    }

    public List<Claim> extract(String text, LocalDate publishedAt) {
        return List.of();
    }

    public ModelCatalog catalog() {
        return new ModelCatalog();
    }
}
