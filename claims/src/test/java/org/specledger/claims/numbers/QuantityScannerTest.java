package org.specledger.claims.numbers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.specledger.claims.text.NormalizedText;

class QuantityScannerTest {

    /** Rows of quantities.csv: sentence ; value ; low ; high ; unit. */
    static Stream<String[]> table() throws IOException {
        try (InputStream in = QuantityScannerTest.class.getResourceAsStream("quantities.csv")) {
            List<String[]> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] f = line.split(";");
                    for (int i = 0; i < f.length; i++) {
                        f[i] = f[i].strip();
                    }
                    rows.add(f);
                }
            }
            return rows.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void readsTheQuantityAsWritten(String sentence, String value, String low, String high, String unit) {
        String t = NormalizedText.of(sentence).text();
        List<Quantity> qs = QuantityScanner.scan(t, 0, t.length());
        assertThat(qs).as("quantities in %s", sentence).isNotEmpty();
        Quantity q = qs.get(0);
        assertThat(q.value()).isCloseTo(Double.parseDouble(value), within(Math.abs(Double.parseDouble(value)) * 1e-9));
        check(q.low(), low);
        check(q.high(), high);
        assertThat(q.unit()).isEqualTo(Unit.valueOf(unit));
    }

    private static void check(Double actual, String expected) {
        if (expected.equals("-")) {
            assertThat(actual).isNull();
        } else {
            assertThat(actual).isNotNull();
            assertThat(actual).isCloseTo(Double.parseDouble(expected), within(Math.abs(Double.parseDouble(expected)) * 1e-9));
        }
    }

    @Test
    void namesWithDigitsAreNotQuantities() {
        String t = "Trained on H800 and Ascend 910C with Kimi K2, GLM-4.5 and MLU590.";
        assertThat(QuantityScanner.scan(t, 0, t.length())).isEmpty();
    }

    @Test
    void aBareYearIsMarkedYearLike() {
        String t = "In 2025 the lab grew.";
        List<Quantity> qs = QuantityScanner.scan(t, 0, t.length());
        assertThat(qs).singleElement().satisfies(q -> assertThat(q.yearLike()).isTrue());
    }

    @Test
    void chineseNumeralsCompose() {
        assertThat(QuantityScanner.chineseValue("两千亿")).isEqualTo(2e11);
        assertThat(QuantityScanner.chineseValue("一万亿")).isEqualTo(1e12);
        assertThat(QuantityScanner.chineseValue("三千二百")).isEqualTo(3200);
    }

    @Test
    void wordsInsideOtherWordsAreNotNumbers() {
        String t = "统一的百度千问系统";
        assertThat(QuantityScanner.scan(t, 0, t.length())).isEmpty();
    }
}
