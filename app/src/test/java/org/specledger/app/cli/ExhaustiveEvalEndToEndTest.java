package org.specledger.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.specledger.app.cli.Main;

/**
 * {@code specledger eval} on the invented mini gold, through the command line and the real import path. The
 * assertions hold for any extractor: the gold's shape, a claim no text states (always missed), and one plain
 * sentence about a catalogued model (always found).
 */
class ExhaustiveEvalEndToEndTest {
    static final String GOLD = ExhaustiveScorerRulesTest.GOLD.toString();

    @TempDir
    Path tmp;

    record Run(int exit, String out, String err) {
    }

    static synchronized Run cli(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int code = Main.run(args);
            return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void importsTheGoldsDocumentsAndListsMissesAndFalsePositives() {
        Run r = cli("eval", GOLD, "--misses", "--false-positives");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("documents 4, gold claims 23", "traps 4", "en (English)", "zh (Chinese)",
                        "total_parameters", "MISS  m01 lumen-7 context_length = 256000  «(deliberately not in the text)»")
                .doesNotContain("MISS  m04 deepseek-v3 total_parameters");
        assertThat(r.out().lines().filter(l -> l.startsWith("FALSE ")))
                .allSatisfy(l -> assertThat(l).matches("FALSE m0[1-4] .+ = .*  «.*»"));
    }

    @Test
    void jsonReportHasTheFiguresAndTheLists() throws Exception {
        Run r = cli("eval", "--json", GOLD);
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.path("documents").asInt()).isEqualTo(4);
        assertThat(j.path("overall").path("gold").asInt()).isEqualTo(23);
        assertThat(j.path("overall").path("traps").asInt()).isEqualTo(4);
        assertThat(j.path("byLanguage").size()).isEqualTo(2);
        List<String> missed = new ArrayList<>();
        j.path("misses").forEach(m -> missed.add(m.path("id").asText()));
        assertThat(missed).contains("m01-ctx").doesNotContain("m04-total");
        assertThat(j.path("falsePositives").isArray()).isTrue();
    }

    @Test
    void pathsLimitTheScoreToTheirDocuments() {
        Path m04 = ExhaustiveScorerRulesTest.GOLD.resolveSibling("docs").resolve("m04-deepseek-v3-note.txt");
        Run r = cli("eval", GOLD, m04.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("documents 1, gold claims 2,");
    }

    @Test
    void keepsTheDataFolderWhenNamedAndRefusesOneInUse() throws Exception {
        Path data = tmp.resolve("data");
        Run first = cli("eval", "--data", data.toString(), GOLD);
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(data.resolve("specledger.db")).exists();
        Run again = cli("eval", "--data", data.toString(), GOLD);
        assertThat(again.exit()).isEqualTo(Main.EXIT_USAGE);
        assertThat(again.err()).contains("is not empty").doesNotContain("Exception");
    }

    @Test
    void aGoldWhoseDocumentIsMissingSaysWhich() throws Exception {
        Path gold = tmp.resolve("gold.json");
        Files.writeString(gold, """
                {"models": {}, "documents": {"x1": {"file": "nowhere", "lang": "en"}},
                 "claims": [{"doc": "x1", "model": "m", "attribute": "total_parameters", "value": 1}], "wrong": []}
                """);
        Run r = cli("eval", gold.toString());
        assertThat(r.exit()).isEqualTo(Main.EXIT_USAGE);
        assertThat(r.err()).contains("x1", "\"nowhere\"").doesNotContain("Exception");
    }

    @Test
    void thePerPageGoldFormatStillWorks() {
        Run r = cli("eval", "../samples/gold.json");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("OVERALL", "hedge agreement on matches");
    }
}
