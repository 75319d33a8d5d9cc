package org.specledger.crawler.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlPolicyTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            http://127.0.0.1:8080/          | loopback
            http://localhost/admin          | loopback
            http://10.1.2.3/                | private
            http://192.168.0.1/             | private
            http://172.16.5.4/              | private
            http://169.254.169.254/latest/  | link-local
            http://[::1]/                   | loopback
            http://[fd00::1]/               | private
            http://100.64.0.1/              | private
            http://0.0.0.0/                 | unspecified
            file:///etc/passwd              | only http and https
            ftp://example.com/x             | only http and https
            gopher://example.com/           | only http and https
            """)
    void refusesInternalAddressesAndOtherSchemes(String url, String reason) {
        assertThat(UrlPolicy.strict().check(url)).get().asString().contains(reason);
    }

    @ParameterizedTest
    @CsvSource({"http://127.0.0.1:8080/", "http://10.1.2.3/", "http://169.254.1.1/"})
    void letsThemThroughWhenAllowed(String url) {
        assertThat(new UrlPolicy(true).check(url)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"https://93.184.215.14/news/", "http://[2606:4700::1111]/"})
    void acceptsPublicAddresses(String url) {
        assertThat(UrlPolicy.strict().check(url)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"file:///etc/passwd", "ftp://example.com/x"})
    void neverAllowsOtherSchemesEvenForTests(String url) {
        assertThat(new UrlPolicy(true).check(url)).isPresent();
    }
}
