package org.specledger.claims.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.specledger.claims.Claim;

/** Benchmark tables as the article extractor flattens them: one line a row, cells separated by spaces. */
class TablesTest {
    private static final String HEADER =
            "Model Total / active params MMLU-Pro GPQA-Diamond SWE-bench Verified Output price ($ per M tokens)\n";

    private static List<Claim> claims(String text) {
        return ClaimExtractor.withDefaults().extract(text, LocalDate.of(2025, 9, 1));
    }

    @Test
    void eachCellUnderItsColumn() {
        List<Claim> cs = claims("Scores as published.\n\n" + HEADER
                + "GLM-4.5 355B / 32B 84.6 79.1 64.2 2.20\n"
                + "Kimi K2 1T / 32B — 75.1 65.8 2.50\n\nPrices change often.");
        assertThat(cs).extracting(Claim::model, Claim::attribute, Claim::value).containsExactly(
                tuple("GLM-4.5", "total_parameters", 355e9), tuple("GLM-4.5", "active_parameters", 32e9),
                tuple("GLM-4.5", "benchmark:mmlu-pro", 84.6), tuple("GLM-4.5", "benchmark:gpqa-diamond", 79.1),
                tuple("GLM-4.5", "benchmark:swe-bench-verified", 64.2),
                tuple("Kimi K2", "total_parameters", 1e12), tuple("Kimi K2", "active_parameters", 32e9),
                tuple("Kimi K2", "benchmark:gpqa-diamond", 75.1), tuple("Kimi K2", "benchmark:swe-bench-verified", 65.8));
        assertThat(cs.get(0).quote()).isEqualTo("GLM-4.5 355B / 32B 84.6 79.1 64.2 2.20");
        assertThat(cs.get(2).unitText()).isEqualTo("84.6");
    }

    @Test
    void aRowThatDoesNotLineUpClaimsNothing() {
        // one cell missing: the scores could belong to any column
        assertThat(claims(HEADER + "GLM-4.5 355B / 32B 84.6 64.2 2.20\n")).isEmpty();
    }

    @Test
    void aSentenceNamingTwoBenchmarksIsNoHeader() {
        assertThat(Tables.header("GLM-4.5 leads on MMLU-Pro and GPQA-Diamond this month.", 0, 54)).isNull();
    }
}
