package org.specledger.claims.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.specledger.claims.Claim;
import org.specledger.claims.Hedge;
import org.specledger.claims.text.Quotes;

class ClaimExtractorTest {
    private static final LocalDate PUB = LocalDate.of(2026, 3, 2);
    private final ClaimExtractor x = ClaimExtractor.withDefaults();

    private List<Claim> claims(String text) {
        List<Claim> cs = x.extract(text, PUB);
        for (Claim c : cs) {
            assertThat(Quotes.normalizeWhitespace(text.substring(c.start(), c.end()))).isEqualTo(c.quote());
        }
        return cs;
    }

    @Test
    void totalAndActiveParametersWithTheirSentence() {
        String text = "Intro line.\n\nDeepSeek-V3 has 671B parameters in total, but only 37B are activated for each token.";
        List<Claim> cs = claims(text);
        assertThat(cs).extracting(Claim::model, Claim::attribute, Claim::value).containsExactly(
                tuple("DeepSeek-V3", "total_parameters", 671e9), tuple("DeepSeek-V3", "active_parameters", 37e9));
        assertThat(text.substring(cs.get(0).start(), cs.get(0).end())).startsWith("DeepSeek-V3 has").endsWith("token.");
        assertThat(cs.get(0).unitText()).isEqualTo("671B parameters");
    }

    @Test
    void offsetsStayTrueThroughNoBreakHyphensAndSpaces() {
        String text = "Ｗｅ note:\u00A0ERNIE\u20114.5\u2011300B\u2011A47B reads 131\u202F072 tokens of context.";
        List<Claim> cs = claims(text);
        assertThat(cs).extracting(Claim::model, Claim::attribute, Claim::value)
                .containsExactly(tuple("ERNIE-4.5-300B-A47B", "context_length", 131072.0));
    }

    @Test
    void aBaselineIsNotTheClaim() {
        List<Claim> cs = claims("On Kimi K2, memory use fell from the usual 96 GB to 72 GB per card.");
        assertThat(cs).extracting(Claim::attribute, Claim::value).containsExactly(tuple("memory_per_accelerator", 72e9));
    }

    @Test
    void moneyAndChipSalesAreNoModelSpecs() {
        assertThat(claims("Moonshot AI, maker of Kimi K2, raised $1 billion in a round led by Alibaba.")).isEmpty();
        assertThat(claims("Kimi K2 aside, Cambricon's revenue rose to 1.1 billion yuan as it shipped 150,000 MLU590 chips.")).isEmpty();
    }

    @Test
    void aCardCountIsNeverAParameterCount() {
        List<Claim> cs = claims("Kimi K2 was trained on a cluster of 4,096 cards.");
        assertThat(cs).extracting(Claim::attribute, Claim::value).containsExactly(tuple("training_accelerators", 4096.0));
    }

    @Test
    void twoModelsAndNoClearOwnerMeansNoClaim() {
        assertThat(claims("Kimi K2 and DeepSeek-V3 have 1T and 671B parameters respectively.")).isEmpty();
    }

    @Test
    void eachClauseKeepsItsOwnModel() {
        List<Claim> cs = claims("DeepSeek-V3 has 671B parameters, while Kimi K2 has 1T parameters.");
        assertThat(cs).extracting(Claim::model, Claim::value)
                .containsExactly(tuple("DeepSeek-V3", 671e9), tuple("Kimi K2", 1e12));
    }

    @Test
    void theModelRefersBackOnlyWhenUnambiguous() {
        assertThat(claims("Kimi K2 launched in July. The model has 1T parameters."))
                .extracting(Claim::model, Claim::attribute).contains(tuple("Kimi K2", "total_parameters"));
        assertThat(claims("Kimi K2 was set against DeepSeek-V3. The model has 1T parameters.")).isEmpty();
    }

    @Test
    void theSameClaimTwiceIsKeptOnce() {
        List<Claim> cs = claims("GLM-4.5 has 355B parameters.\n\nAgain: GLM-4.5 has 355B parameters.");
        assertThat(cs).hasSize(1);
        assertThat(cs.get(0).start()).isZero();
    }

    @Test
    void acceleratorsOriginAndOpenness() {
        List<Claim> cs = claims("DeepSeek-V4 was trained on Ascend 910C chips without any NVIDIA hardware. "
                + "DeepSeek-V4 is in a closed beta, API only.");
        assertThat(cs).extracting(Claim::attribute, Claim::text).contains(
                tuple("accelerator_model", "Ascend 910C"), tuple("accelerator_origin", "domestic"),
                tuple("open_weights", "false"));
        assertThat(claims("Zhipu's GLM-4.5 is open-weight under the MIT licence."))
                .extracting(Claim::attribute, Claim::text)
                .containsExactly(tuple("open_weights", "true"), tuple("organization", "Zhipu AI"));
    }

    @Test
    void releaseDatesAbsoluteChineseAndRelative() {
        assertThat(claims("On March 3, 2026, Moonshot AI released Kimi K3."))
                .filteredOn(c -> c.attribute().equals("release_date"))
                .extracting(Claim::model, Claim::text, Claim::precision).containsExactly(tuple("Kimi-K3", "2026-03-03", "day"));
        assertThat(claims("2026年3月2日，华为发布了盘古Ultra MoE。"))
                .extracting(Claim::model, Claim::attribute, Claim::text)
                .contains(tuple("Pangu Ultra MoE", "release_date", "2026-03-02"), tuple("Pangu Ultra MoE", "organization", "Huawei"));
        assertThat(claims("Kimi K2 was released yesterday.")).extracting(Claim::text).containsExactly("2026-03-01");
    }

    @Test
    void chineseParametersAndActivation() {
        List<Claim> cs = claims("盘古Ultra MoE是华为推出的稀疏大模型，共有7180亿参数，激活参数390亿。");
        assertThat(cs).extracting(Claim::attribute, Claim::value).contains(
                tuple("total_parameters", 7.18e11), tuple("active_parameters", 3.9e10));
    }

    @Test
    void benchmarksPairWithTheirScores() {
        List<Claim> cs = claims("In thinking mode, Qwen3-235B-A22B scores 85.7 on AIME 2024 and 70.7 on LiveCodeBench.");
        assertThat(cs).extracting(Claim::attribute, Claim::value).containsExactly(
                tuple("benchmark:aime-2024", 85.7), tuple("benchmark:livecodebench", 70.7));
    }

    @Test
    void aLeadingRumourFrameCarriesToAContinuingSentenceOnly() {
        List<Claim> cs = claims("According to people familiar with the plan, DeepSeek-V4 is nearly done. "
                + "They said DeepSeek-V4 has 1.2 trillion parameters. DeepSeek-V4 has 36B activated parameters.");
        assertThat(cs).extracting(Claim::attribute, Claim::hedge).containsExactly(
                tuple("total_parameters", Hedge.RUMOURED), tuple("active_parameters", Hedge.STATED));
    }

    @Test
    void aModalInAnotherClauseDoesNotHedgeTheClaim() {
        List<Claim> cs = claims("Its training run used 2,048 H800 GPUs, a part that could still be sold into China, for DeepSeek-V3.");
        assertThat(cs).extracting(Claim::attribute, Claim::hedge).contains(tuple("training_accelerators", Hedge.STATED));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "No model is named here, only 671B and 2,048 cards.", "\uD800\uDC00\uDFFF\uD800 Kimi K2 \uDC00 1T",
            "Kimi K2 混合 scripts ١٢٣ 一万亿参数 ✓ 128K"})
    void badInputNeverThrowsOrInvents(String text) {
        List<Claim> cs = x.extract(text, null);
        assertThat(cs).allSatisfy(c -> assertThat(c.model()).isNotBlank());
        if (!text.contains("Kimi")) {
            assertThat(cs).isEmpty();
        }
        assertThat(x.extract(null, null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1 000 ", "9", "1,0", "-", "Kimi K2 ", "1.", "DeepSeek-V3 has 671B parameters, ", "万亿", "a ",
            "Step-3-", "(", "3 – "})
    void fiveMegabytesOfAdversarialTextReturn(String unit) {
        String big = unit.repeat(5 * 1024 * 1024 / unit.length());
        // a hang guard, not a speed assertion
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> x.extract(big, PUB));
    }

    // ---- rules added after measuring on the held-out pages (samples/holdout) ----

    @Test
    void theDigitsOfAChipNameAreNoCardCount() {
        List<Claim> cs = claims("We trained Spark X1 on Feixing-1, which is built on Huawei Ascend 910B accelerators.");
        // the chip's maker gives the origin (claims-real's convention: "2,048 NVIDIA H800 GPUs" is foreign hardware)
        assertThat(cs).extracting(Claim::attribute, Claim::text).containsExactly(tuple("accelerator_model", "Ascend 910B"),
                tuple("accelerator_origin", "domestic"));
    }

    @Test
    void pluralChipNamesAndCountsInWords() {
        assertThat(claims("DeepSeek-V3 was trained on 2,048 H800s, at a headline cost of $5.6 million."))
                .extracting(Claim::attribute, Claim::value, Claim::text)
                .containsExactly(tuple("training_accelerators", 2048.0, null), tuple("training_cost_usd", 5.6e6, null),
                        tuple("accelerator_model", null, "H800"), tuple("accelerator_origin", null, "foreign"));
        assertThat(claims("Spark X1 was trained on about ten thousand of those cards."))
                .extracting(Claim::attribute, Claim::value).containsExactly(tuple("training_accelerators", 10000.0));
        assertThat(claims("Kimi K2 runs on eight cards for serving.")).isEmpty();
    }

    @Test
    void aSentenceOpeningWithItBelongsToThePreviousModel() {
        List<Claim> cs = claims("Moonshot AI released Kimi K2 Thinking on November 6, 2025.\n\nIt is a 1-trillion-parameter "
                + "model, but only 32 billion parameters are activated, the same split as the Kimi K2 it grew out of.");
        assertThat(cs).filteredOn(c -> c.attribute().endsWith("_parameters")).extracting(Claim::model, Claim::value)
                .containsExactly(tuple("Kimi K2 Thinking", 1e12), tuple("Kimi K2 Thinking", 32e9));
    }

    @Test
    void aListCarriesItsAttributeToTheNextNumber() {
        assertThat(claims("豆包1.5 Pro的上下文窗口有32K和256K两个版本。")).extracting(Claim::attribute, Claim::value)
                .containsExactly(tuple("context_length", 32768.0), tuple("context_length", 262144.0));
        assertThat(claims("For scale: DeepSeek-V3 has 671B parameters, and Kimi K2 has 1T."))
                .extracting(Claim::model, Claim::attribute, Claim::value).containsExactly(
                        tuple("DeepSeek-V3", "total_parameters", 671e9), tuple("Kimi K2", "total_parameters", 1e12));
    }

    @Test
    void aWindowOfUpToNIsAWindowOfN() {
        assertThat(claims("Hunyuan-Large supports a context window of up to 256K tokens."))
                .extracting(Claim::value, Claim::low, Claim::high).containsExactly(tuple(262144.0, null, null));
    }

    @Test
    void aMakerInARelativeClauseAndAPartOfTheTokens() {
        assertThat(claims("DeepSeek-V3, which DeepSeek released in December 2024, has 671 billion parameters."))
                .extracting(Claim::attribute, Claim::text).contains(tuple("organization", "DeepSeek"));
        assertThat(claims("Tencent says Hunyuan-Large was trained on 7 trillion tokens, including about 1.5 trillion "
                + "tokens of synthetic data.")).filteredOn(c -> c.attribute().equals("training_tokens"))
                .extracting(Claim::value).containsExactly(7e12);
    }

    @Test
    void anOriginInAnotherClauseOfAnUndisclosedSentenceIsNotTheModels() {
        assertThat(claims("Ant has not said what hardware Ling-1T was trained on, though the company said in March "
                + "that it had cut training costs by 20% using domestic chips.")).isEmpty();
    }

    @Test
    void benchmarksBeyondTheFirstSet() {
        assertThat(claims("In Alibaba's tests Qwen2.5-Max scored 89.4 on Arena-Hard. Kimi K2 Thinking scored 44.9% on "
                + "Humanity's Last Exam."))
                .extracting(Claim::attribute, Claim::value)
                .containsExactly(tuple("benchmark:arena-hard", 89.4), tuple("benchmark:hle", 44.9));
    }

    @Test
    void aScoreAfterAModelsPossessiveIsThatModelsScore() {
        assertThat(claims("Qwen2.5-Max shipped today.\n\nIt also posted 38.7 on LiveCodeBench, slightly ahead of "
                + "DeepSeek-V3's 37.6.")).filteredOn(c -> c.attribute().startsWith("benchmark:"))
                .extracting(Claim::model, Claim::value)
                .containsExactly(tuple("Qwen2.5-Max", 38.7), tuple("DeepSeek-V3", 37.6));
    }

    @Test
    void anOrganisationsFamilyHoldsTheModelOfThatFamily() {
        assertThat(claims("Qwen3-30B-A3B, the small MoE in Alibaba's Qwen3 family, has 30.5B parameters in total."))
                .extracting(Claim::attribute, Claim::text).contains(tuple("organization", "Alibaba"));
    }

    // ---- rules the second held-out set called for (samples/holdout2/README.md) ----

    @Test
    void anUnlistedModelOfAnyMakerIsNamedByItsShape() {
        assertThat(claims("ByteDance's Seed team open-sourced Seed-OSS-36B, a 36B-parameter model with a native 512K "
                + "context. 小米MiMo-7B参数量为70亿。"))
                .extracting(Claim::model, Claim::attribute, Claim::jsonValue)
                .contains(tuple("Seed-OSS-36B", "total_parameters", 36e9), tuple("Seed-OSS-36B", "context_length", 524288.0),
                        tuple("Seed-OSS-36B", "open_weights", true), tuple("MiMo-7B", "total_parameters", 7e9));
    }

    @Test
    void aSizedNameThatExtendsAListedOneIsAnotherModel() {
        assertThat(claims("ERNIE-4.5-21B-A3B has 21 billion parameters with 3 billion active."))
                .extracting(Claim::model).containsOnly("ERNIE-4.5-21B-A3B");
        assertThat(claims("Qwen3-30B-A3B-Instruct-2507 reads 262,144 tokens of context."))
                .extracting(Claim::model).containsOnly("Qwen3-30B-A3B");
    }

    @Test
    void negationTurnsOpenWeights() {
        assertThat(claims("Qwen3-Max is not open-sourced; it is sold through Alibaba Cloud's Model Studio."))
                .extracting(Claim::attribute, Claim::jsonValue).containsExactly(tuple("open_weights", false));
        assertThat(claims("GLM-4-Plus has never been released as open weights.")).extracting(Claim::jsonValue)
                .containsExactly(false);
        assertThat(claims("据了解，Kimi K2 Thinking目前没有开源。")).extracting(Claim::jsonValue).containsExactly(false);
        assertThat(claims("Kimi K2 is not API-only: the weights are on Hugging Face.")).extracting(Claim::jsonValue)
                .containsExactly(true);
        assertThat(claims("Qwen2.5-Max is not open-weight: it is offered only through an API."))
                .extracting(Claim::jsonValue).containsExactly(false);
    }

    @Test
    void openWeightsCuesThatDisagreeSayNothing() {
        assertThat(claims("GLM-4.6 is not open-sourced yet, and its weights are on Hugging Face.")).isEmpty();
    }

    @Test
    void nearlyIsAnUpperBoundNeverALowerOne() {
        assertThat(claims("DeepSeek-V3.1, with nearly 700 billion parameters, does not fit on one workstation."))
                .extracting(Claim::value, Claim::low, Claim::high).containsExactly(tuple(700e9, null, 700e9));
        assertThat(claims("盘古Ultra MoE是一款准万亿参数的深度思考模型，参数规模为7180亿。"))
                .extracting(Claim::attribute, Claim::value, Claim::low).containsExactly(tuple("total_parameters", 718e9, null));
    }

    @Test
    void aCorrectedFigureIsNotClaimed() {
        assertThat(claims("本文此前版本称MiniMax-M1的激活参数为459亿，有误。")).isEmpty();
        assertThat(claims("Earlier press reports put GLM-4.5's pre-training data at 15 trillion tokens; the filing "
                + "gives 23 trillion.")).extracting(Claim::attribute, Claim::value)
                .containsExactly(tuple("training_tokens", 23e12));
    }

    @Test
    void anArrivalVerbDatesARelease() {
        assertThat(claims("First came DeepSeek-V3.1 on August 21, 2025.")).extracting(Claim::attribute, Claim::text)
                .containsExactly(tuple("release_date", "2025-08-21"));
        assertThat(claims("DeepSeek-V3.1 came up in every chat on August 21, 2025, as a rival to Kimi K2.")).isEmpty();
    }

    @Test
    void aMakerSpeakingOfItsOwnModelIsItsOrganisation() {
        assertThat(claims("MiniMax says the reinforcement-learning phase of MiniMax-M1 ran on 512 H800 GPUs."))
                .filteredOn(c -> c.attribute().equals("organization"))
                .extracting(Claim::text, Claim::hedge).containsExactly(tuple("MiniMax", Hedge.REPORTED));
        assertThat(claims("华为方面介绍，盘古Ultra MoE的训练全程在昇腾平台上完成。"))
                .filteredOn(c -> c.attribute().equals("organization")).extracting(Claim::text).containsExactly("Huawei");
        assertThat(claims("Moonshot AI says the reinforcement-learning phase of MiniMax-M1 was short."))
                .filteredOn(c -> c.attribute().equals("organization")).isEmpty();
    }

    @Test
    void hardwareAModelTargetsIsNoTrainingOrigin() {
        assertThat(claims("DeepSeek-V3.1 was trained with an FP8 scale format designed for \"next-generation domestic "
                + "chips\".")).filteredOn(c -> c.attribute().equals("accelerator_origin")).isEmpty();
    }

    @Test
    void aNamedSpeakersRelayedFigureIsReported() {
        assertThat(claims("Wu added that Qwen3-235B-A22B-2507 supports a 256K context natively."))
                .extracting(Claim::hedge).containsExactly(Hedge.REPORTED);
    }
}
