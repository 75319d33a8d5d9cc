package org.specledger.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BasicSourceUrlCheckTest {
    final BasicSourceUrlCheck check = new BasicSourceUrlCheck();

    @ParameterizedTest
    @ValueSource(strings = {"https://www.36kr.com/feed", "http://news.example.org/ai?page=2", "https://8.8.8.8/x",
            "https://[2001:db8::1]/"})
    void acceptsPublicHttpUrls(String url) {
        assertThat(check.rejection(url)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ftp://example.org/", "file:///etc/passwd", "javascript:alert(1)", "https:///nohost",
            "http://localhost:8080/", "http://LOCALHOST./", "http://api.localhost/", "http://127.0.0.1/",
            "http://10.1.2.3/", "http://172.16.0.1/", "http://192.168.1.1/", "http://169.254.169.254/latest/meta-data",
            "http://0.0.0.0/", "http://[::1]/", "http://[fe80::1]/", "http://[fd00::1]/", "http://2130706433/",
            "http://0x7f.1/", "http://printer.local/", "http://user:pw@example.org/", "http://metadata.google.internal/"})
    void refusesLocalPrivateAndNonHttpUrls(String url) {
        assertThat(check.rejection(url)).as(url).isPresent();
    }
}
