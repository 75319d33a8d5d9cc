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
            http://0.0.0.1/                 | unspecified
            http://198.18.0.1/              | reserved
            http://198.19.255.1/            | reserved
            http://240.0.0.1/               | reserved
            http://255.255.255.255/         | reserved
            http://192.0.0.8/               | reserved
            http://100.127.0.1/             | private
            http://[64:ff9b::7f00:1]/       | loopback
            http://[64:ff9b::a00:1]/        | private
            http://[2002:7f00:1::]/         | loopback
            http://[2002:c0a8:101::1]/      | private
            http://[::ffff:127.0.0.1]/      | loopback
            http://[::127.0.0.1]/           | loopback
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
    @CsvSource({"https://93.184.215.14/news/", "http://[2606:4700::1111]/", "http://[64:ff9b::5db8:d70e]/",
        "http://198.20.0.1/", "http://223.255.0.1/"})
    void acceptsPublicAddresses(String url) {
        assertThat(UrlPolicy.strict().check(url)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"file:///etc/passwd", "ftp://example.com/x"})
    void neverAllowsOtherSchemesEvenForTests(String url) {
        assertThat(new UrlPolicy(true).check(url)).isPresent();
    }
}
