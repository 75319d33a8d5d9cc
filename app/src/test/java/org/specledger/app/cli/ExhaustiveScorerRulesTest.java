package org.specledger.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.specledger.claims.Claim;
import org.specledger.claims.Hedge;
import org.specledger.claims.ValueKind;
import org.specledger.claims.eval.ExhaustiveGold;
import org.specledger.claims.eval.ExhaustiveReport;
import org.specledger.claims.eval.ExhaustiveScorer;
import org.specledger.claims.eval.StoredClaim;
import org.specledger.ingest.gold.ExhaustiveGoldReader;

/**
 * Each scoring rule of claims-real's README, on the invented mini gold ({@code eval/mini-gold/gold.json}) and
 * hand-made stored claims whose outcome is known: the comment on each claim says what it must count as.
 */
class ExhaustiveScorerRulesTest {
    static final Path GOLD = Path.of("src/test/resources/eval/mini-gold/gold.json");

    static ExhaustiveGold gold;

    @BeforeAll
    static void readGold() throws Exception {
        gold = ExhaustiveGoldReader.read(new ObjectMapper().readTree(Files.readString(GOLD)), GOLD);
    }

    static StoredClaim number(String model, String attribute, Double value, Double low, Double high,
                              String... aliases) {
        return new StoredClaim(Claim.number(model, attribute, value, low, high, "", "q " + model + " " + attribute, 0, 1,
                Hedge.STATED), org.specledger.claims.Model.idFor(model), names(model, aliases));
    }

    static StoredClaim text(String model, String attribute, ValueKind kind, String text, String precision,
                            String... aliases) {
        return new StoredClaim(Claim.textual(model, attribute, kind, text, precision, "", "q " + model + " " + attribute,
                0, 1, Hedge.STATED), org.specledger.claims.Model.idFor(model), names(model, aliases));
    }

    private static List<String> names(String model, String... aliases) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(model), java.util.Arrays.stream(aliases)).toList();
    }

    static Map<String, List<StoredClaim>> stored() {
        return Map.of(
                "m01", List.of(
                        text("Lumen-7", "organization", ValueKind.TEXT, "northwind labs", null), // right: gold contained, any case
                        text("LUMEN 7", "release_date", ValueKind.DATE, "2026-03-03", "day"), // right: name without punctuation
                        number("Lumen-7", "total_parameters", 420e9 * 1.015, null, null), // right: within 2 %
                        number("Lumen-7", "active_parameters", 21e9 * 1.05, null, null), // wrong: 5 % off
                        text("L7 internal", "open_weights", ValueKind.BOOLEAN, "true", null, "Lumen7-Chat"), // right: through a stored alias
                        number("Corvid-5", "total_parameters", 175e9, null, null), // right: the comparison model's own claim
                        number("Lumen-7", "total_parameters", 175e9, null, null), // wrong: trap no-m01-total
                        number("Mystery-9", "training_accelerators", 910.0, null, null), // wrong: trap no-m01-any (any model)
                        number("Lumen-7", "benchmark:aime2024", 81.2, null, null), // right: benchmark name without punctuation
                        text("Lumen-7", "accelerator_model", ValueKind.TEXT, "Huawei Ascend 910C", null), // right: contains 910C
                        text("Lumen-7", "open_weights", ValueKind.BOOLEAN, "false", null)), // wrong: boolean differs
                "m02", List.of(
                        number("Lumen-7", "total_parameters", 1.35e12, 1.2e12, 1.5e12), // right: range on low/high
                        number("Lumen-7", "total_parameters", 1.3e12, null, null), // precision only: point inside the range
                        number("Lumen-7-Mini", "total_parameters", 30e9, null, null), // right: a lone low bound on the value
                        number("Lumen-7-Mini", "context_length", 128000.0, null, null), // right: one of the gold's models
                        text("Lumen-7-Mini", "release_date", ValueKind.DATE, "2026-05", "month"), // precision only: month prefix
                        number("Lumen-7", "total_parameters", 2e12, null, null), // wrong: outside the range
                        text("Lumen-7-Mini", "release_date", ValueKind.DATE, "2026", "year")), // wrong: a year is not lenient
                "m03", List.of(
                        text("青石 3", "organization", ValueKind.TEXT, "玉石智能", null), // right: Chinese name, punctuation apart
                        number("Qingshi-3", "total_parameters", 600e9, null, null), // right
                        text("Qingshi-3", "accelerator_origin", ValueKind.ENUM, "domestic", null), // right
                        number("Qingshi-3", "total_parameters", 30e9, null, null), // wrong: trap no-m03-total
                        text("Qingshi-3", "release_date", ValueKind.DATE, "2026-01-08", "day"), // right
                        number("Qingshi-3", "context_length", 131072.0, null, null))); // right: within the gold's tol 0.05
    }

    @Test
    void overallFiguresFollowTheReadme() {
        ExhaustiveReport r = new ExhaustiveScorer(gold).score(stored(), gold.documents().keySet());
        assertThat(r.documents()).isEqualTo(4);
        assertThat(r.overall()).isEqualTo(new ExhaustiveReport.Counts("OVERALL", 23, 15, 24, 17, 4, 3));
        assertThat(r.misses()).extracting(m -> m.gold().id()).containsExactly("m01-active", "m01-cards", "m01-ctx",
                "m02-date", "m02-org", "m03-active", "m04-total", "m04-org");
        assertThat(r.trapsTaken()).extracting(t -> t.trap().id()).containsExactly("no-m01-total", "no-m01-any",
                "no-m03-total");
        assertThat(r.falsePositives()).extracting(f -> f.doc() + " " + f.claim().claim().model() + " "
                + f.claim().claim().attribute()).containsExactly("m01 Lumen-7 active_parameters",
                "m01 Lumen-7 total_parameters", "m01 Mystery-9 training_accelerators", "m01 Lumen-7 open_weights",
                "m02 Lumen-7 total_parameters", "m02 Lumen-7-Mini release_date", "m03 Qingshi-3 total_parameters");
    }

    @Test
    void figuresPerLanguageAndPerAttribute() {
        ExhaustiveReport r = new ExhaustiveScorer(gold).score(stored(), gold.documents().keySet());
        assertThat(r.byLanguage()).containsExactly(
                new ExhaustiveReport.Counts("en (English)", 17, 10, 18, 12, 3, 2),
                new ExhaustiveReport.Counts("zh (Chinese)", 6, 5, 6, 5, 1, 1));
        assertThat(r.byAttribute()).filteredOn(c -> c.name().equals("total_parameters")).singleElement()
                .isEqualTo(new ExhaustiveReport.Counts("total_parameters", 6, 5, 9, 6, 3, 2));
        assertThat(r.byAttribute()).filteredOn(c -> c.name().equals("release_date")).singleElement()
                .isEqualTo(new ExhaustiveReport.Counts("release_date", 3, 2, 4, 3, 0, 0));
        assertThat(r.overall().recall()).isEqualTo(15 / 23.0);
        assertThat(r.overall().precision()).isEqualTo(17 / 24.0);
    }

    @Test
    void onlyTheDocumentsScoredCount() {
        ExhaustiveReport r = new ExhaustiveScorer(gold).score(stored(), Set.of("m03"));
        assertThat(r.overall()).isEqualTo(new ExhaustiveReport.Counts("OVERALL", 6, 5, 6, 5, 1, 1));
    }

    @Test
    void aClaimCountsOnlyAgainstItsOwnDocument() {
        // m01's claims filed under m04: nothing of m04's gold matches them, and m01 has no claims at all.
        ExhaustiveReport r = new ExhaustiveScorer(gold).score(Map.of("m04", stored().get("m01")), Set.of("m01", "m04"));
        assertThat(r.overall().found()).isZero();
        assertThat(r.overall().right()).isZero();
        assertThat(r.overall().taken()).isZero();
    }

    @Test
    void theTextReportListsMissesAndFalsePositivesWithQuotesOnlyWhenAsked() {
        ExhaustiveReport r = new ExhaustiveScorer(gold).score(stored(), gold.documents().keySet());
        String plain = r.format(false, false);
        assertThat(plain).contains("recall    15/23 = 0.652", "precision 17/24 = 0.708", "traps taken 3/4",
                "TRAP  m01 no-m01-total: Lumen-7 total_parameters = 175000000000")
                .doesNotContain("MISS ", "FALSE ");
        String full = r.format(true, true);
        assertThat(full).contains("MISS  m01 lumen-7 context_length = 256000  «(deliberately not in the text)»",
                "MISS  m02 lumen-7-mini release_date = 2026-05-14 (day)",
                "FALSE m02 Lumen-7-Mini release_date = 2026 (year)  «q Lumen-7-Mini release_date»");
    }
}
