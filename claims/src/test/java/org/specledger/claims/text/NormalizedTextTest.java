package org.specledger.claims.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NormalizedTextTest {

    @Test
    void dashesSpacesWidthsAndQuotesBecomePlain() {
        NormalizedText n = NormalizedText.of("ERNIE\u20114.5 has ３００B\u2009000 “open” weights \u2013 and \u2212");
        assertThat(n.text()).isEqualTo("ERNIE-4.5 has 300B 000 \"open\" weights - and -");
    }

    @Test
    void offsetsPointIntoTheOriginalAcrossRemovedAndExpandedChars() {
        String original = "A\u200B\uFF11\uFF12\uFF18K ctx \uD83D\uDE00 end";
        NormalizedText n = NormalizedText.of(original);
        int i = n.text().indexOf("128K");
        int[] span = n.toOriginalSpan(i, i + 4);
        assertThat(original.substring(span[0], span[1])).isEqualTo("\uFF11\uFF12\uFF18K");
        int e = n.text().indexOf("end");
        assertThat(original.substring(n.toOriginal(e), n.toOriginal(e + 3))).isEqualTo("end");
    }

    @Test
    void brokenSurrogatesKeepTheirPlace() {
        String original = "a\uD800b\uDC00c";
        NormalizedText n = NormalizedText.of(original);
        assertThat(n.text()).hasSize(5);
        assertThat(n.toOriginal(n.text().indexOf('c'))).isEqualTo(4);
    }

    @Test
    void sentencesSplitOnBothScriptsAndKeepParagraphs() {
        String t = "DeepSeek-V3 has 671B parameters. It uses e.g. MoE layers.\n\n盘古很大。它在昇腾上训练！Next one";
        List<Sentence> ss = Sentences.split(t);
        assertThat(ss).extracting(s -> t.substring(s.start(), s.end())).containsExactly(
                "DeepSeek-V3 has 671B parameters.", "It uses e.g. MoE layers.", "盘古很大。", "它在昇腾上训练！", "Next one");
        assertThat(ss).extracting(Sentence::paragraph).containsExactly(0, 0, 1, 1, 1);
        assertThat(ss.get(2).firstInParagraph()).isTrue();
    }

    @Test
    void quotesCollapseEveryKindOfSpace() {
        assertThat(Quotes.normalizeWhitespace("  a\u00A0\u00A0b\n\tc  ")).isEqualTo("a b c");
    }
}
