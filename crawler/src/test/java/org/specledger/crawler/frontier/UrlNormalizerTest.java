package org.specledger.crawler.frontier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlNormalizerTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # as found                                                           | one spelling
            HTTP://News.Example.COM:80/a/../b?z=1&a=2#comments                   | http://news.example.com/b?z=1&a=2
            https://example.com:443/x?utm_source=tw&utm_medium=social&id=7       | https://example.com/x?id=7
            https://example.com/x?fbclid=IwAR0&gclid=abc&msclkid=1               | https://example.com/x
            https://example.com/x?id=7&UTM_Campaign=spring                       | https://example.com/x?id=7
            https://example.com                                                  | https://example.com/
            http://127.0.0.1:8080/p?b=2&a=1                                      | http://127.0.0.1:8080/p?b=2&a=1
            https://example.com/x?b=2&utm_source=tw&a=%7e1&fbclid=x              | https://example.com/x?b=2&a=~1
            """)
    void givesOneSpellingPerPage(String in, String expected) {
        assertThat(UrlNormalizer.normalize(in)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource({"file:///etc/passwd", "ftp://example.com/x", "javascript:alert(1)", "mailto:a@example.com", "not a url"})
    void refusesWhatIsNotAWebUrl(String in) {
        assertThat(UrlNormalizer.normalize(in)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"https://example.com/a/b, https://example.com, example.com",
            "http://127.0.0.1:8080/p?q=1, http://127.0.0.1:8080, 127.0.0.1"})
    void splitsOriginAndHost(String url, String origin, String host) {
        assertThat(UrlNormalizer.origin(url)).isEqualTo(origin);
        assertThat(UrlNormalizer.host(url)).isEqualTo(host);
    }
}
