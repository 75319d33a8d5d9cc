package org.specledger.web.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnitsTest {
    @Test
    void readsCanonicalNumbersTheWayReportsWriteThem() {
        assertThat(Units.format("total_parameters", 2.4e12, null, null, null, null)).isEqualTo("2.4 T");
        assertThat(Units.format("active_parameters", 37e9, null, null, null, null)).isEqualTo("37 B");
        assertThat(Units.format("context_length", 256_000.0, null, null, null, null)).isEqualTo("256K tokens");
        assertThat(Units.format("context_length", 131_072.0, null, null, null, null)).isEqualTo("128K tokens");
        assertThat(Units.format("context_length", 1e6, null, null, null, null)).isEqualTo("1M tokens");
        assertThat(Units.format("training_tokens", 14.8e12, null, null, null, null)).isEqualTo("14.8T tokens");
        assertThat(Units.format("memory_per_accelerator", 96.0 * (1L << 30), null, null, null, null)).isEqualTo("96 GB");
        assertThat(Units.format("memory_per_accelerator", 96e9, null, null, null, null)).isEqualTo("96 GB");
        assertThat(Units.format("training_duration", 6 * 7 * 86_400.0, null, null, null, null)).isEqualTo("6 weeks");
        assertThat(Units.format("training_duration", 86_400.0, null, null, null, null)).isEqualTo("1 day");
        assertThat(Units.format("training_gpu_hours", 2.788e6, null, null, null, null)).isEqualTo("2.788M GPU-hours");
        assertThat(Units.format("benchmark:mmlu", 88.5, null, null, null, null)).isEqualTo("88.5 (MMLU)");
        assertThat(Units.format("training_compute", 3.8e24, null, null, null, null)).isEqualTo("3.8e24 FLOP");
        assertThat(Units.format("training_accelerators", 2048.0, null, null, null, null)).isEqualTo("2,048 cards");
    }

    @Test
    void boundsAndRanges() {
        assertThat(Units.format("total_parameters", null, 1e12, null, null, null)).isEqualTo("≥ 1 T");
        assertThat(Units.format("total_parameters", null, null, 1e12, null, null)).isEqualTo("≤ 1 T");
        assertThat(Units.format("training_accelerators", 3500.0, 3000.0, 4000.0, null, null)).isEqualTo("3,000–4,000 cards");
        assertThat(Units.format("total_parameters", null, 1e12, 1.2e12, null, null)).isEqualTo("1–1.2 T");
        assertThat(Units.format("total_parameters", 1e12, 1e12, 1e12, null, null)).isEqualTo("1 T");
    }

    @Test
    void datesAndWordsAsGiven() {
        assertThat(Units.format("release_date", null, null, null, "2026-03", "month")).isEqualTo("2026-03");
        assertThat(Units.format("accelerator_model", null, null, null, "Ascend 910C", null)).isEqualTo("Ascend 910C");
        assertThat(Units.format("open_weights", null, null, null, "true", null)).startsWith("yes");
        assertThat(Units.format("organization", null, null, null, null, null)).isEmpty();
    }
}
