package org.specledger.crawler.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class CrawlConfigTest {
    @Test
    void defaultsArePoliteAndNameUs() {
        CrawlConfig c = CrawlConfig.defaults();
        assertThat(c.hostDelay()).isEqualTo(Duration.ofSeconds(1));
        assertThat(c.loopbackDelay()).isEqualTo(c.hostDelay());
        assertThat(c.maxBytes()).isEqualTo(5L * 1024 * 1024);
        assertThat(c.maxRedirects()).isEqualTo(5);
        assertThat(c.maxAttempts()).isEqualTo(4);
        assertThat(c.allowPrivateAddresses()).isFalse();
        assertThat(c.loopbackConnections()).as("one connection per host, loopback included").isEqualTo(1);
        assertThat(c.userAgent()).isEqualTo("SpecLedger/0.1 (+" + CrawlConfig.DEFAULT_CONTACT_URL + ")");
    }

    @Test
    void aZeroDelayIsOnlyAllowedForLoopback() {
        assertThatThrownBy(() -> CrawlConfig.of(b -> b.hostDelay = Duration.ZERO))
                .hasMessageContaining("hostDelay must be at least 100 ms").hasMessageContaining("set loopbackDelay to 0");
        assertThat(CrawlConfig.of(b -> b.loopbackDelay = Duration.ZERO).loopbackDelay()).isZero();
    }

    @Test
    void everyProblemIsNamedAtOnce() {
        assertThatThrownBy(() -> CrawlConfig.of(b -> {
            b.contactUrl = "me";
            b.maxAttempts = 0;
            b.parallelHosts = 0;
            b.loopbackConnections = 0;
        })).hasMessageContaining("contactUrl must be an http(s) URL").hasMessageContaining("maxAttempts must be at least 1")
                .hasMessageContaining("parallelHosts must be between 1 and 256")
                .hasMessageContaining("loopbackConnections must be between 1 and 16");
    }

    @Test
    void aCopyKeepsWhatIsNotChanged() {
        CrawlConfig c = CrawlConfig.of(b -> b.parallelHosts = 3).with(b -> b.maxAttempts = 2);
        assertThat(c.parallelHosts()).isEqualTo(3);
        assertThat(c.maxAttempts()).isEqualTo(2);
    }
}
