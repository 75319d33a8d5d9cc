package org.specledger.claims.numbers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link QuantityScanner#find} on general news sentences (news-quantities.csv): every quantity, in order, with its
 * span, amount, bounds, unit and currency; and nothing at all from times, dates, ordinals, scores, product names,
 * codes, phone numbers and lost exponents.
 */
class NewsQuantitiesTest {
    private static final Pattern ITEM = Pattern.compile(
            "(.+?) => (\\S+)(?: \\[([^,\\]]*),([^\\]]*)\\])? ([A-Z_]+)(?: \\(([^)]*)\\))?(?: \\{([A-Z-]+)\\})?");

    static Stream<String[]> rows() throws IOException {
        try (InputStream in = NewsQuantitiesTest.class.getResourceAsStream("news-quantities.csv")) {
            List<String[]> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int bar = line.lastIndexOf(" | ");
                rows.add(new String[] {line.substring(0, bar).strip(), line.substring(bar + 3).strip()});
            }
            return rows.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void findsExactlyTheQuantitiesWritten(String sentence, String expected) {
        List<Quantity> found = QuantityScanner.find(sentence);
        List<String> shown = found.stream().map(q -> show(sentence, q)).toList();
        if (expected.equals("-")) {
            assertThat(shown).as("quantities in «%s»", sentence).isEmpty();
            return;
        }
        String[] items = expected.split(" ; ");
        assertThat(shown).as("quantities in «%s»", sentence).hasSize(items.length);
        for (int k = 0; k < items.length; k++) {
            Matcher m = ITEM.matcher(items[k].strip());
            assertThat(m.matches()).as("row item %s", items[k]).isTrue();
            Quantity q = found.get(k);
            String span = m.group(1).startsWith("\"") ? m.group(1).substring(1, m.group(1).length() - 1) : m.group(1);
            String what = show(sentence, q);
            assertThat(sentence.substring(q.start(), q.end())).as("span of %s", what).isEqualTo(span);
            close(q.amount(), m.group(2), what);
            bound(q.lowAmount(), m.group(3), what + " low");
            bound(q.highAmount(), m.group(4), what + " high");
            assertThat(q.unit()).as("unit of %s", what).isEqualTo(Unit.valueOf(m.group(5)));
            if (m.group(6) != null) {
                assertThat(q.unitName()).as("unit name of %s", what).isEqualTo(m.group(6));
            }
            if (m.group(7) != null) {
                assertThat(q.currency()).as("currency of %s", what).isEqualTo(m.group(7).equals("-") ? null : m.group(7));
            }
        }
    }

    private static void bound(Double actual, String expected, String what) {
        if (expected == null || expected.isEmpty()) {
            assertThat(actual).as(what).isNull();
        } else {
            assertThat(actual).as(what).isNotNull();
            close(actual, expected, what);
        }
    }

    private static void close(double actual, String expected, String what) {
        double e = Double.parseDouble(expected);
        assertThat(actual).as(what).isCloseTo(e, within(Math.abs(e) * 1e-9 + 1e-12));
    }

    private static String show(String s, Quantity q) {
        return "«" + s.substring(q.start(), q.end()) + "» " + q.amount() + " [" + q.lowAmount() + "," + q.highAmount()
                + "] " + q.unit() + " (" + q.unitName() + ") {" + q.currency() + "}";
    }

    @Test
    void scanKeepsYearsMarkedAndFindDropsThem() {
        String t = "In 2025 sales rose.";
        assertThat(QuantityScanner.scan(t, 0, t.length())).singleElement().satisfies(q -> assertThat(q.yearLike()).isTrue());
        assertThat(QuantityScanner.find(t)).isEmpty();
    }

    @Test
    void aYuanAmountIsNeverDollars() {
        for (String s : List.of("成本3亿元", "40 billion yuan", "RMB 280", "¥3亿")) {
            assertThat(QuantityScanner.find(s)).as(s).singleElement()
                    .satisfies(q -> assertThat(q.currency()).isEqualTo("CNY"));
        }
    }

    @Test
    void theOldConstructorStillBuildsAQuantity() {
        Quantity q = new Quantity(0, 3, 5, null, null, Unit.NONE, false, false, false);
        assertThat(q.currency()).isNull();
        assertThat(q.unitName()).isNull();
        assertThat(q.amount()).isEqualTo(5);
    }
}
