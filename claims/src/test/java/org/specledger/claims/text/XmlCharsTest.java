package org.specledger.claims.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class XmlCharsTest {
    @Test
    void dropsWhatXmlForbidsAndKeepsTheRest() {
        assertThat(XmlChars.strip("Site\u0001 News\u0000\u001F\uFFFE\uFFFF")).isEqualTo("Site News");
        assertThat(XmlChars.strip("tab\tline\ncr\r 中文 😀")).isEqualTo("tab\tline\ncr\r 中文 😀");
        assertThat(XmlChars.strip("lone \uD800 surrogate \uDC00")).isEqualTo("lone  surrogate ");
        String clean = "nothing to do";
        assertThat(XmlChars.strip(clean)).isSameAs(clean);
        assertThat(XmlChars.strip(null)).isNull();
    }
}
