package org.specledger.web.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WebConfigTest {
    @Test
    void threadsDefaultToAFewPerCoreAndRefuseNonsense() {
        WebConfig d = WebConfig.defaults();
        assertThat(d.threads()).isGreaterThanOrEqualTo(16)
                .isGreaterThanOrEqualTo(8 * Runtime.getRuntime().availableProcessors());
        assertThat(d.withThreads(24).threads()).isEqualTo(24);
        assertThat(d.withThreads(24).withPort(0).withPublicUrl(null).threads()).as("kept by the other withers").isEqualTo(24);
        assertThatThrownBy(() -> d.withThreads(2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("threads must be between 8 and 1000, not 2");
        assertThatThrownBy(() -> d.withThreads(100_000)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not 100000");
    }
}
