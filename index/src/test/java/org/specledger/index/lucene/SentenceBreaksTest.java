package org.specledger.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceBreaksTest {

    private static final String TEXT = "GLM-4.5 has 3.5 times the context. Really?\n华为发布盘古。训练用时六周！ok";

    private static List<String> sentences(String text) {
        BreakIterator it = new SentenceBreaks();
        it.setText(text);
        List<String> out = new ArrayList<>();
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            out.add(text.substring(start, end));
        }
        return out;
    }

    @Test
    void cutsAfterTerminatorsButNotInsideNumbersOrVersions() {
        assertThat(sentences(TEXT)).containsExactly("GLM-4.5 has 3.5 times the context. ", "Really?\n",
                "华为发布盘古。", "训练用时六周！", "ok");
    }

    @Test
    void followingAndPrecedingFindTheSentenceAroundAnOffset() {
        BreakIterator it = new SentenceBreaks();
        it.setText(TEXT);
        int inContext = TEXT.indexOf("context");
        assertThat(it.preceding(inContext)).isZero();
        assertThat(it.following(inContext)).isEqualTo(TEXT.indexOf("Really"));
        assertThat(it.following(TEXT.indexOf(" Really"))).isEqualTo(TEXT.indexOf("Really"));
        assertThat(it.preceding(TEXT.indexOf("Really") + 1)).isEqualTo(TEXT.indexOf("Really"));
        int inChinese = TEXT.indexOf("训练");
        assertThat(it.preceding(inChinese + 1)).isEqualTo(inChinese);
        assertThat(it.following(inChinese)).isEqualTo(TEXT.indexOf("ok"));
        assertThat(it.following(TEXT.length())).isEqualTo(BreakIterator.DONE);
        assertThat(it.preceding(0)).isEqualTo(BreakIterator.DONE);
        assertThat(it.isBoundary(TEXT.indexOf("华为"))).isTrue();
        assertThat(it.isBoundary(TEXT.indexOf("4.5") + 2)).isFalse();
        assertThat(it.isBoundary(TEXT.indexOf("Really"))).isTrue();
        assertThat(it.isBoundary(TEXT.indexOf(" Really"))).isFalse();
    }

    @Test
    void aTextWithoutTerminatorsIsOneSentence() {
        assertThat(sentences("no full stop here")).containsExactly("no full stop here");
        assertThat(sentences("")).isEmpty();
    }
}
