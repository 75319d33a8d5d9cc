package org.specledger.claims.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.specledger.claims.Attributes;

class WordingTest {
    @Test
    void figuresReadAsAJournalistWritesThem() {
        assertThat(Wording.quantity(Attributes.TOTAL_PARAMETERS, 1.2e12)).isEqualTo("1.2 trillion");
        assertThat(Wording.quantity(Attributes.ACTIVE_PARAMETERS, 37e9)).isEqualTo("37 billion");
        assertThat(Wording.quantity(Attributes.TRAINING_ACCELERATORS, 2_000_000)).isEqualTo("2,000,000 cards");
        assertThat(Wording.quantity(Attributes.MEMORY_PER_ACCELERATOR, 96e9)).isEqualTo("96 GB");
        assertThat(Wording.quantity(Attributes.MEMORY_PER_ACCELERATOR, 64.0 * (1L << 30))).isEqualTo("64 GiB");
        assertThat(Wording.quantity(Attributes.CONTEXT_LENGTH, 262_144)).isEqualTo("262,144 tokens");
        assertThat(Wording.quantity(Attributes.TRAINING_GPU_HOURS, 2.788e6)).isEqualTo("2.788 million GPU hours");
        assertThat(Wording.quantity(Attributes.TRAINING_DURATION, 42 * 86_400)).isEqualTo("42 days");
        assertThat(Wording.quantity(Attributes.TRAINING_COMPUTE, 3.8e24)).isEqualTo("3.8 × 10^24 FLOP");
    }

    @Test
    void rangesAndBoundsSayWhatTheyAre() {
        assertThat(Wording.range(Attributes.TRAINING_ACCELERATORS, 3000, 4000)).isEqualTo("3,000–4,000 cards");
        assertThat(Wording.range(Attributes.TOTAL_PARAMETERS, 1e12, Double.POSITIVE_INFINITY))
                .isEqualTo("at least 1 trillion");
    }
}
