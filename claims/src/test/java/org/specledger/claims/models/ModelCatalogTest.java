package org.specledger.claims.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.specledger.claims.Model;
import org.specledger.claims.text.NormalizedText;

class ModelCatalogTest {
    private final ModelCatalog catalog = ModelCatalog.defaults();

    @Test
    void theRequiredCanonicalNamesAreListed() {
        assertThat(catalog.all()).extracting(Model::name).contains("DeepSeek-V3", "DeepSeek-R1", "DeepSeek-V4",
                "Kimi K2", "Qwen3-235B-A22B", "GLM-4.5", "GLM-4.5-Air", "Pangu Ultra MoE", "Pangu Ultra",
                "LongCat-Flash", "ERNIE-4.5-300B-A47B", "ERNIE 4.5", "Step-3", "MiniMax-M1");
    }

    @Test
    void resolvesSpellingVariants() {
        assertThat(catalog.resolve("kimi-k2-instruct")).map(Model::name).hasValue("Kimi K2");
        assertThat(catalog.resolve("ＧＬＭ－４．５ Air")).map(Model::name).hasValue("GLM-4.5-Air");
        assertThat(catalog.resolve("ERNIE\u20114.5\u2011300B\u2011A47B")).map(Model::name).hasValue("ERNIE-4.5-300B-A47B");
        assertThat(catalog.resolve("文心4.5")).map(Model::name).hasValue("ERNIE 4.5");
        assertThat(catalog.resolve("盘古Ultra MoE")).map(Model::name).hasValue("Pangu Ultra MoE");
        assertThat(catalog.resolve("deepseek v3")).map(Model::name).hasValue("DeepSeek-V3");
        assertThat(catalog.resolve("GPT-9")).isEmpty();
        assertThat(catalog.organization("智谱")).hasValue("Zhipu AI");
    }

    @Test
    void familiesHoldTheirVariants() {
        assertThat(catalog.family("glm")).extracting(Model::name).contains("GLM-4.5", "GLM-4.5-Air");
    }

    private List<String> names(String text) {
        String t = NormalizedText.of(text).text();
        return catalog.findModels(t, 0, t.length()).stream().map(m -> m.model().name()).toList();
    }

    @Test
    void findsLongestNamesAndVariants() {
        assertThat(names("GLM-4.5-Air beat GLM-4.5 and Qwen3-235B-A22B-Instruct-2507.")).containsExactly(
                "GLM-4.5-Air", "GLM-4.5", "Qwen3-235B-A22B");
        assertThat(names("Pangu Ultra MoE and Pangu Ultra")).containsExactly("Pangu Ultra MoE", "Pangu Ultra");
        assertThat(names("ERNIE‑4.5‑300B‑A47B")).containsExactly("ERNIE-4.5-300B-A47B");
        assertThat(names("智谱GLM-4.5和盘古Ultra MoE")).containsExactly("GLM-4.5", "Pangu Ultra MoE");
    }

    @Test
    void aVariantSuffixMakesItsOwnModel() {
        assertThat(names("Kimi K2 Pro is coming")).containsExactly("Kimi K2-Pro");
    }

    @Test
    void strongPatternsFindUnlistedModels() {
        assertThat(names("Hunyuan-T2 and DeepSeek-V5-Preview")).containsExactly("Hunyuan-T2", "DeepSeek-V5-Preview");
    }

    @Test
    void versionsAreNotCutShortAndProseIsNotAModel() {
        assertThat(names("DeepSeek-V3.5 is new")).containsExactly("DeepSeek-V3.5");
        assertThat(names("In step 3 we train.")).isEmpty();
    }

    @Test
    void unlistedNamesByShapeButNoChipsLicencesOrBenchmarks() {
        assertThat(names("Seed-OSS-36B and KAT-Dev-32B beat Kimi-Dev-72B; Doubao-Seed-1.6 and GLM-4.5V were released."))
                .containsExactly("Seed-OSS-36B", "KAT-Dev-32B", "Kimi-Dev-72B", "Doubao-Seed-1.6", "GLM-4.5V");
        assertThat(names("The model was trained on Ascend 910C, H800 and MLU590 chips under Apache-2.0, scoring on "
                + "MMLU-Redux-2.0 in Mid-2025.")).isEmpty();
    }

    @Test
    void aListedNameGluedToAnUnknownWordIsNotTheListedModel() {
        assertThat(names("Qwen3-Next-80B-A3B, a sibling of Qwen3")).containsExactly("Qwen3-Next-80B-A3B", "Qwen3");
        assertThat(names("a Qwen3-Next model with more experts")).isEmpty();
        assertThat(names("DeepSeek-V3-Base and Qwen3-235B-A22B-Instruct-2507 weights"))
                .containsExactly("DeepSeek-V3", "Qwen3-235B-A22B");
    }
}
