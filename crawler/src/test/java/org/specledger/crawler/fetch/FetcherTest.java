package org.specledger.crawler.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FetcherTest {
    static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

    @Test
    void readsRetryAfterAsSecondsOrHttpDate() {
        assertThat(Fetcher.retryAfter("120", NOW)).contains(Duration.ofSeconds(120));
        assertThat(Fetcher.retryAfter("Tue, 24 Nov 2026 10:01:30 GMT", NOW)).contains(Duration.ofSeconds(90));
        assertThat(Fetcher.retryAfter("Mon, 23 Nov 2026 10:00:00 GMT", NOW)).contains(Duration.ZERO);
        assertThat(Fetcher.retryAfter("soon", NOW)).isEmpty();
    }

    @Test
    void comparesMediaTypesWithoutParametersOrCase() {
        assertThat(Fetcher.mediaType("Text/HTML; charset=GB18030")).isEqualTo("text/html");
        assertThat(Fetcher.mediaType(null)).isNull();
    }

    @Test
    void recognizesBinaryFilesServedAsHtml() {
        assertThat(BinarySniffer.sniff(new byte[] {'%', 'P', 'D', 'F', '-', '1', '.', '7'})).isEqualTo("PDF document");
        assertThat(BinarySniffer.sniff(new byte[] {'<', 'h', 't', 'm', 'l', '>', 0, 0})).isEqualTo("NUL bytes");
        assertThat(BinarySniffer.sniff("<html><body>中文</body></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8))).isNull();
    }
}
