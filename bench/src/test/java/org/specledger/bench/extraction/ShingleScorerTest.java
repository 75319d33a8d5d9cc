package org.specledger.bench.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShingleScorerTest {

    @Test
    void tokensAreUnicodeWordRuns() {
        assertThat(ShingleScorer.tokens("Kimi-K3 has 1.2T params; 参数 über")).containsExactly(
                "Kimi", "K3", "has", "1", "2T", "params", "参数", "über");
    }

    @Test
    void shinglesAreRunsOfFourWithMultiplicityAndShortTextIsOneRun() {
        assertThat(ShingleScorer.shingles("a b c d a b c d")).isEqualTo(Map.of(
                List.of("a", "b", "c", "d"), 2, List.of("b", "c", "d", "a"), 1,
                List.of("c", "d", "a", "b"), 1, List.of("d", "a", "b", "c"), 1));
        assertThat(ShingleScorer.shingles("a b")).isEqualTo(Map.of(List.of("a", "b"), 1));
        assertThat(ShingleScorer.shingles("  ")).isEmpty();
    }

    @Test
    void pageCountsAreNormalisedSoEveryPageWeighsTheSame() {
        // truth shingles abcd, bcde; extracted abcd: tp 1, fp 0, fn 1, each divided by 2.
        ShingleScorer.PageCounts c = ShingleScorer.page("a b c d e", "a b c d");
        assertThat(c.tp()).isCloseTo(0.5, within(1e-9));
        assertThat(c.fp()).isZero();
        assertThat(c.fn()).isCloseTo(0.5, within(1e-9));
        assertThat(c.precision()).isEqualTo(1.0);
        assertThat(c.recall()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void averagesArePerPageAndF1IsOfTheAverages() {
        // Page 1: truth "a b c d e" (abcd, bcde), extracted "a b c d e f" (abcd, bcde, cdef): P 2/3, R 1.
        // Page 2: truth "w x y z", extracted "q r s t": P 0, R 0.
        // Mean P = 1/3, mean R = 1/2, F1 = 2·(1/3)(1/2)/(5/6) = 0.4.
        ShingleScorer.Score s = ShingleScorer.score(List.of(
                ShingleScorer.page("a b c d e", "a b c d e f"),
                ShingleScorer.page("w x y z", "q r s t")));
        assertThat(s.precision()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(s.recall()).isCloseTo(0.5, within(1e-9));
        assertThat(s.f1()).isCloseTo(0.4, within(1e-9));
    }

    @Test
    void emptyExtractionIsLeftOutOfPrecisionButCountsAsZeroRecall() {
        // Page 1 perfect; page 2 nothing extracted: precision mean over page 1 only, recall over both.
        ShingleScorer.Score s = ShingleScorer.score(List.of(
                ShingleScorer.page("a b c d", "a b c d"),
                ShingleScorer.page("a b c d", "")));
        assertThat(s.precision()).isEqualTo(1.0);
        assertThat(s.recall()).isCloseTo(0.5, within(1e-9));
    }
}
