package org.specledger.crawler.frontier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.specledger.db.Source;

class ScopeTest {
    static Source source(String url, String prefix, int depth, String pattern) {
        return new Source(1, url, "page", prefix, depth, pattern, "2026-01-01T00:00:00Z", null, null, 0, 0);
    }

    @Test
    void staysOnTheSourceHostByDefaultAndWithinTheDepth() {
        Scope s = Scope.of(source("https://news.example.com/", null, 2, null));
        assertThat(s.follows("https://news.example.com/tech/1", 2)).isTrue();
        assertThat(s.follows("https://news.example.com/tech/1", 3)).isFalse();
        assertThat(s.follows("https://ads.example.com/x", 1)).isFalse();
    }

    @Test
    void aPrefixNarrowsTheScopeAndThePatternPicksArticles() {
        Scope s = Scope.of(source("https://example.com/ai/", "https://EXAMPLE.com/ai/", 3, "/ai/\\d{4}/"));
        assertThat(s.follows("https://example.com/ai/2026/05/x.html", 1)).isTrue();
        assertThat(s.follows("https://example.com/sports/", 1)).isFalse();
        assertThat(s.isArticle("https://example.com/ai/2026/05/x.html")).isTrue();
        assertThat(s.isArticle("https://example.com/ai/")).isFalse();
    }

    @Test
    void aBadPatternSaysWhatIsWrong() {
        assertThatThrownBy(() -> Scope.compile("(unclosed")).hasMessageContaining("'(unclosed' is not a valid regular expression");
    }
}
