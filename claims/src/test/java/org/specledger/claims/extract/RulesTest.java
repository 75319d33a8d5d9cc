package org.specledger.claims.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.specledger.claims.Claim;

/** The relation rules, one family at a time, on sentences written for this test. */
class RulesTest {
    private static List<Claim> claims(String text) {
        return ClaimExtractor.withDefaults().extract(text, LocalDate.of(2026, 3, 1));
    }

    @Test
    void costOnlyInDollarsAndNeverAWhatIf() {
        assertThat(claims("MiniMax-M1 cost $412,000 to train on rented cards.")).extracting(Claim::attribute, Claim::value)
                .containsExactly(tuple("training_cost_usd", 412e3));
        assertThat(claims("MiniMax-M1 cost 3.1 million yuan to train.")).isEmpty();
        assertThat(claims("A run like that would cost $9 million for MiniMax-M1.")).isEmpty();
        assertThat(claims("Kimi K2 cost about 4.2 million dollars to train, while GPT-4 is said to have cost $78 million."))
                .extracting(Claim::model, Claim::value).containsExactly(tuple("Kimi K2", 4.2e6));
    }

    @Test
    void theChipsNamedGiveTheOriginAndAChipOnlyComparedIsNotUsed() {
        assertThat(claims("Step-3 was trained on 4,096 H800 GPUs, a cut-down version of the H100."))
                .extracting(Claim::attribute, Claim::value, Claim::text).containsExactly(
                        tuple("training_accelerators", 4096.0, null), tuple("accelerator_model", null, "H800"),
                        tuple("accelerator_origin", null, "foreign"));
        assertThat(claims("GLM-4.5 runs inference on eight Ascend 910B cards.")).isEmpty();
    }

    @Test
    void labelsOnTheirOwnLineOrBesideTheirValue() {
        List<Claim> cs = claims("Spark X1\n\nContext Length\n\n64K\n\nRelease Date\n\n14 Feb 2026\n\nLicense\n\nApache 2.0\n\n"
                + "Total Parameters: 320B\n");
        assertThat(cs).extracting(Claim::attribute).containsExactly("context_length", "release_date", "open_weights",
                "total_parameters");
        assertThat(cs).allSatisfy(c -> assertThat(c.model()).isEqualTo("Spark X1"));
    }

    @Test
    void aLabelThatContradictsTheProseIsDropped() {
        List<Claim> cs = claims("Spark X1\n\nActive Parameters\n\n320B\n\nSpark X1 has 320B total parameters.");
        assertThat(cs).extracting(Claim::attribute, Claim::value).containsExactly(tuple("total_parameters", 320e9));
    }

    @Test
    void pipeTablesWithModelsAsRowsAndAsColumns() {
        List<Claim> rows = claims("Qwen3 sizes\n\nModel | Layers | Context Length |\nQwen3-8B | 36 | 128K |\nQwen3-4B | 36 | 32K |\n");
        assertThat(rows).extracting(Claim::model, Claim::attribute, Claim::value).containsExactly(
                tuple("Qwen3-8B", "context_length", 131072.0), tuple("Qwen3-4B", "context_length", 32768.0));
        List<Claim> cols = claims("Hunyuan-Large beats its peers\n\n| Benchmark | Hunyuan-Large | Llama 3.1 70B |\n|---|---|---|\n"
                + "| MMLU | 81.5 | 79.0 |\n| Context Window | 256K | 128K |\n");
        assertThat(cols).extracting(Claim::model, Claim::attribute, Claim::value).containsExactly(
                tuple("Hunyuan-Large", "benchmark:mmlu", 81.5), tuple("Hunyuan-Large", "context_length", 262144.0));
    }

    @Test
    void gluedScoreRowsReadTheSubjectsColumn() {
        List<Claim> cs = claims("Kimi K2 scores\n\nBenchmark Kimi K2 | Claude 4\nGPQA Diamond75.1%70.0%\nMMLU89.5%88.8%\n");
        assertThat(cs).extracting(Claim::attribute, Claim::value).containsExactly(
                tuple("benchmark:gpqa-diamond", 75.1), tuple("benchmark:mmlu", 89.5));
    }

    @Test
    void twoVariantsInOneSentenceEachKeepTheirNumbers() {
        List<Claim> cs = claims("DeepSeek-V4 ships in two sizes: V4-Pro with 1.2 trillion total parameters (40 billion active)"
                + " and V4-Flash with 250 billion parameters (11 billion active).");
        assertThat(cs).extracting(Claim::model, Claim::attribute, Claim::value).containsExactly(
                tuple("DeepSeek-V4-Pro", "total_parameters", 1.2e12), tuple("DeepSeek-V4-Pro", "active_parameters", 40e9),
                tuple("DeepSeek-V4-Flash", "total_parameters", 250e9), tuple("DeepSeek-V4-Flash", "active_parameters", 11e9));
    }

    @Test
    void parameterCuesAreReadFromTheSideThatLabelsTheNumber() {
        assertThat(claims("Step-3 uses a MoE design with a total parameter count of 300 billion and an activated parameter"
                + " count of 35 billion.")).extracting(Claim::attribute, Claim::value).containsExactly(
                        tuple("total_parameters", 300e9), tuple("active_parameters", 35e9));
    }

    @Test
    void aComparisonModelReceivesNothing() {
        assertThat(claims("GLM-4.5 has 355B parameters, fewer than Llama 3.1 405B, and Meta once shipped a model with"
                + " 2 trillion parameters.")).extracting(Claim::model, Claim::value).containsExactly(tuple("GLM-4.5", 355e9));
    }

    @Test
    void relatedNewsChromeGivesNoClaim() {
        assertThat(claims("Kimi K2 explained\n\nKimi K2 has 1T parameters.\n\nMore stories\n"
                + "DeepSeek-V3 trained in 17 hours on 9,000 GPUs · 17h ago\n")).extracting(Claim::model)
                .containsOnly("Kimi K2");
    }

    @Test
    void theCurrencyIsTheQuantityLayersReading() {
        assertThat(claims("MiniMax-M1 cost US$0.5 million to train.")).extracting(Claim::attribute, Claim::value)
                .containsExactly(tuple("training_cost_usd", 5e5));
        assertThat(claims("MiniMax-M1的训练成本约为53万美元。")).extracting(Claim::attribute, Claim::value)
                .containsExactly(tuple("training_cost_usd", 5.3e5));
        assertThat(claims("MiniMax-M1 cost HK$4 million to train.")).isEmpty();
        assertThat(claims("MiniMax-M1 cost S$4 million to train.")).isEmpty();
        assertThat(claims("MiniMax-M1的训练成本约为380万元。")).isEmpty();
    }

    @Test
    void withSeveralDatesTheOneBesideTheReleaseWordIsTheRelease() {
        assertThat(claims("Posted 12 March 2026 | Tech desk | GLM-4.5 was released on 28 July 2025, its maker said."))
                .filteredOn(c -> c.attribute().equals("release_date")).extracting(Claim::model, Claim::text)
                .containsExactly(tuple("GLM-4.5", "2025-07-28"));
    }

    @Test
    void aShortNameKeepsAVariantWrittenWithASpace() {
        assertThat(claims("Moonshot AI released Kimi K2 Thinking in November.\n\nK2 Thinking has 1 trillion parameters."))
                .filteredOn(c -> c.attribute().equals("total_parameters")).extracting(Claim::model)
                .containsExactly("Kimi K2 Thinking");
    }

    @Test
    void aClauseWithoutAModelContinuesTheClauseBeforeIt() {
        assertThat(claims("华为发布盘古5.5，其中盘古Ultra MoE参数规模达7180亿，在昇腾集群上完成训练。"))
                .filteredOn(c -> c.attribute().startsWith("accelerator")).extracting(Claim::model).containsOnly("Pangu Ultra MoE");
        assertThat(claims("Unlike GLM-4.5, which was trained on 3,000 H800 GPUs, MiniMax-M1 reports no hardware."))
                .extracting(Claim::model, Claim::attribute).contains(tuple("GLM-4.5", "training_accelerators"))
                .noneMatch(t -> t.toList().get(0).equals("MiniMax-M1") && t.toList().get(1).toString().startsWith("training"));
        // a clause after a comparison's clause is not the compared model's
        assertThat(claims("Kimi K2 beats DeepSeek-V3 and Qwen3-235B-A22B, scoring 65.8 on SWE-bench Verified."))
                .extracting(Claim::model).doesNotContain("DeepSeek-V3", "Qwen3-235B-A22B");
    }

    @Test
    void aDatelineClauseDatesTheReleaseInTheNextClause() {
        assertThat(claims("2月3日，月之暗面正式发布Kimi K2.5，其中Kimi K2.5-Mini参数规模为480亿，在昇腾AI集群上训练。"))
                .extracting(Claim::model, Claim::attribute, Claim::text)
                .contains(tuple("Kimi-K2.5", "release_date", "2026-02-03"), tuple("Kimi-K2.5-Mini", "accelerator_model", "Ascend"));
    }
}
