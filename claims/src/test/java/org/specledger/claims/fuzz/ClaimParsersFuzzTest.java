package org.specledger.claims.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import org.specledger.claims.Claim;
import org.specledger.claims.ValueKind;
import org.specledger.claims.dates.DateMention;
import org.specledger.claims.dates.Dates;
import org.specledger.claims.extract.ClaimExtractor;
import org.specledger.claims.numbers.Quantity;
import org.specledger.claims.numbers.QuantityScanner;
import org.specledger.claims.text.NormalizedText;

/**
 * Fuzzes the parsers that read outside text — quantities, dates, the whole claim extractor — with strings built
 * from the pieces they look for (digits, separators, scale and unit words, CJK numerals, model names, dates)
 * glued in random orders, plus arbitrary Unicode. Properties a user relies on: nothing throws, every span lies
 * inside the text, and numbers are finite with {@code low ≤ value ≤ high}.
 */
class ClaimParsersFuzzTest {
    private static final ClaimExtractor EXTRACTOR = ClaimExtractor.withDefaults();

    private static final String[] PIECES = {"0", "1", "7", "12", "671", "2,048", "1.2", ".5", "3.8e24", "1e308", "1e-9",
        "9".repeat(400), "-", "–", "—", "~", "to", "between", "and", "about", "more than", "up to", "at least", "%", "×",
        "x10^", "^", "B", "T", "K", "M", "k", "bn", "tn", "billion", "trillion", "trillion-", "thousand", "million",
        "万", "亿", "万亿", "千", "百", "两", "三", "十", "一", "零", "约", "超过", "参数", "tokens", "token", "-token",
        "parameters", "total parameters", "activated", "active", "context window", "context", "GB", "GiB", "TB", "HBM",
        "FLOPs", "FLOP", "GPU hours", "GPUs", "H800", "Ascend 910C", "cards", "张卡", "weeks", "days", "months",
        "six-week", "hours", "MMLU", "scores", "on", "DeepSeek-V3", "Kimi K2", "Qwen3-235B-A22B", "GLM-4.5", "模型",
        "reportedly", "could", "is said to", "2026-03-02", "March 3, 2026", "3 March 2026", "2026年3月2日", "Q3 2025",
        "yesterday", "2 days ago", "上周", "released on", "trained on", "with", "has", ",", ".", ";", "(", ")", "'",
        "\"", "/", " ", " ", " ", "\n", "\u00a0", "\u3000", "１２３", "Ⅻ", "½", "NaN", "Infinity", "-1", "+"};

    @Provide
    Arbitrary<String> specish() {
        Arbitrary<String> piece = Arbitraries.of(PIECES);
        Arbitrary<String> glued = piece.list().ofMinSize(0).ofMaxSize(60).map(l -> String.join("", l));
        Arbitrary<String> spaced = piece.list().ofMinSize(0).ofMaxSize(60).map(l -> String.join(" ", l));
        Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(300);
        return Arbitraries.oneOf(glued, spaced, spaced, any);
    }

    @Provide
    Arbitrary<LocalDate> published() {
        Arbitrary<LocalDate> some = Combinators.combine(Arbitraries.integers().between(1, 9999),
                Arbitraries.integers().between(1, 12), Arbitraries.integers().between(1, 28)).as(LocalDate::of);
        return Arbitraries.oneOf(some, Arbitraries.just(null));
    }

    @Property(tries = 500)
    void quantitiesAreInsideTheTextFiniteAndOrdered(@ForAll("specish") String raw) {
        checkQuantities(raw);
    }

    @Property(tries = 500)
    void foundQuantitiesAreInsideTheStoredText(@ForAll("specish") String raw, @ForAll("specish") String other) {
        String text = raw + " ×10²⁴ $" + other + "m ¥" + raw + "亿 -" + other;
        for (Quantity q : QuantityScanner.find(text)) {
            assertThat(q.start()).as("%s in %s", q, text).isBetween(0, text.length());
            assertThat(q.end()).as("%s in %s", q, text).isBetween(q.start(), text.length());
            assertFiniteAndOrdered(q.value(), q.low(), q.high(), q + " in «" + text + "»");
        }
    }

    @Property(tries = 500)
    void datesNeverThrowAndStayInsideTheText(@ForAll("specish") String raw, @ForAll("published") LocalDate published) {
        checkDates(raw, published);
    }

    @Property(tries = 500)
    void claimsAreInsideTheTextWithFiniteOrderedValues(@ForAll("specish") String text, @ForAll("published") LocalDate published) {
        checkClaims(text, published);
    }

    @Property(tries = 20_000)
    @Tag("long")
    void longQuantities(@ForAll("specish") String raw) {
        checkQuantities(raw);
    }

    @Property(tries = 20_000)
    @Tag("long")
    void longClaims(@ForAll("specish") String text, @ForAll("published") LocalDate published) {
        checkClaims(text, published);
        checkDates(text, published);
    }

    private static void checkQuantities(String raw) {
        String t = NormalizedText.of(raw).text();
        List<Quantity> qs = QuantityScanner.scan(t, 0, t.length());
        for (Quantity q : qs) {
            assertThat(q.start()).as("%s in %s", q, t).isBetween(0, t.length());
            assertThat(q.end()).as("%s in %s", q, t).isBetween(q.start(), t.length());
            assertFiniteAndOrdered(q.value(), q.low(), q.high(), q + " in «" + t + "»");
        }
    }

    private static void checkDates(String raw, LocalDate published) {
        assertThat(Dates.parse(raw)).isNotNull();
        String t = NormalizedText.of(raw).text();
        for (DateMention m : Dates.find(t, 0, t.length(), published)) {
            assertThat(m.start()).isBetween(0, t.length());
            assertThat(m.end()).isBetween(m.start(), t.length());
            assertThat(m.date()).isNotNull();
        }
    }

    private static void checkClaims(String text, LocalDate published) {
        for (Claim c : EXTRACTOR.extract(text, published)) {
            assertThat(c.end()).as("%s in «%s»", c, text).isLessThanOrEqualTo(text.length());
            assertThat(c.model()).isNotBlank();
            if (c.kind() == ValueKind.NUMBER) {
                assertFiniteAndOrdered(c.value(), c.low(), c.high(), c + " in «" + text + "»");
            }
        }
    }

    private static void assertFiniteAndOrdered(Double value, Double low, Double high, String what) {
        for (Double d : new Double[] {value, low, high}) {
            if (d != null) {
                assertThat(Double.isFinite(d)).as("finite: %s", what).isTrue();
            }
        }
        if (low != null && high != null) {
            assertThat(low).as("low ≤ high: %s", what).isLessThanOrEqualTo(high);
        }
        if (value != null && low != null) {
            assertThat(value).as("low ≤ value: %s", what).isGreaterThanOrEqualTo(low);
        }
        if (value != null && high != null) {
            assertThat(value).as("value ≤ high: %s", what).isLessThanOrEqualTo(high);
        }
    }
}
