package org.specledger.crawler.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.specledger.claims.eval.EvaluationReport;

/** The sample corpus through the real pipeline's extraction (article extractor, then claims) against its gold. */
class GoldRunTest {
    static final Path GOLD = Path.of("..", "samples", "gold.json");
    /** Pages written after the extractor was tuned on the samples (samples/holdout/README.md). */
    static final Path HOLDOUT = Path.of("..", "samples", "holdout", "gold.json");

    @Test
    void samplesMeetThePrecisionAndRecallBar() throws Exception {
        assumeTrue(Files.isRegularFile(GOLD), "no samples/gold.json beside the module");
        EvaluationReport report = GoldRun.run(GOLD, List.of());
        System.out.println(report.format());
        assertThat(report.overall().gold()).isGreaterThanOrEqualTo(100);
        assertThat(report.overall().precision()).as("overall precision").isGreaterThanOrEqualTo(0.95);
        assertThat(report.overall().recall()).as("overall recall").isGreaterThanOrEqualTo(0.85);
    }

    /**
     * The held-out pages (new styles: wire copy, live blog, Q&A, an HTML table, Chinese press copy, a rumour column)
     * keep a bar a little below what the extractor scored when they were frozen (precision 0.988, recall 1.000),
     * so that a rule tuned to the samples that breaks unseen text fails here.
     */
    @Test
    void heldOutPagesMeetALowerBar() throws Exception {
        assumeTrue(Files.isRegularFile(HOLDOUT), "no samples/holdout/gold.json beside the module");
        EvaluationReport report = GoldRun.run(HOLDOUT, List.of());
        System.out.println(report.format());
        assertThat(report.overall().gold()).isGreaterThanOrEqualTo(150);
        assertThat(report.overall().precision()).as("held-out precision").isGreaterThanOrEqualTo(0.95);
        assertThat(report.overall().recall()).as("held-out recall").isGreaterThanOrEqualTo(0.93);
    }
}
