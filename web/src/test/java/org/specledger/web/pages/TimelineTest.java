package org.specledger.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineTest {
    static Timeline.Input in(String row, String date, String href) {
        return new Timeline.Input(row, "#" + row, date, href, row + " " + date);
    }

    @Test
    void dotsAreOrderedByDateOnTheirAttributesRow() {
        Timeline t = Timeline.of(List.of(in("params", "2026-03-01", "#a"), in("context", "2026-02-01", "#b"),
                in("params", "2026-05-01T10:00:00Z", "#c"), in("params", "2026-04", "#d")));
        assertThat(t.rows()).extracting(Timeline.Row::label).containsExactly("params", "context");
        var a = t.dots().get(0);
        var b = t.dots().get(1);
        var c = t.dots().get(2);
        var d = t.dots().get(3);
        assertThat(b.x()).isLessThan(a.x());
        assertThat(a.x()).isLessThan(d.x());
        assertThat(d.x()).isLessThan(c.x());
        assertThat(a.y()).isEqualTo(c.y()).isNotEqualTo(b.y());
        assertThat(a.first()).isTrue();
        assertThat(c.first()).isFalse();
        assertThat(b.first()).isTrue();
        assertThat(t.dots()).allSatisfy(dot -> assertThat(dot.x()).isBetween(Timeline.LABEL_WIDTH, t.width() - Timeline.RIGHT));
        assertThat(t.ticks()).isNotEmpty().allSatisfy(k -> assertThat(k.label()).matches("2026-0\\d"));
    }

    @Test
    void dotsThatWouldOverlapAreDrawnOnceKeepingTheFirstReport() {
        List<Timeline.Input> inputs = new java.util.ArrayList<>();
        for (int i = 0; i < 300; i++) { // 300 claims over two days of a long span: two dots, not 300
            inputs.add(in("params", i % 2 == 0 ? "2026-03-01" : "2026-03-02", "#c" + i));
        }
        inputs.add(in("params", "2025-01-01", "#early"));
        inputs.add(in("params", "2026-12-31", "#late"));
        Timeline t = Timeline.of(inputs);
        assertThat(t.dots()).hasSizeBetween(3, 4);
        assertThat(t.dots()).filteredOn(Timeline.Dot::first).extracting(Timeline.Dot::href).containsExactly("#early");
        assertThat(t.dots()).extracting(Timeline.Dot::href).contains("#c0", "#late");
    }

    @Test
    void undatedClaimsAreCountedNotDrawn() {
        Timeline t = Timeline.of(List.of(in("params", null, "#a"), in("params", "soon", "#b"), in("params", "2026", "#c")));
        assertThat(t.dots()).hasSize(1);
        assertThat(t.undated()).isEqualTo(2);
        assertThat(Timeline.of(List.of(in("x", null, "#a"))).dots()).isEmpty();
    }
}
