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
    void undatedClaimsAreCountedNotDrawn() {
        Timeline t = Timeline.of(List.of(in("params", null, "#a"), in("params", "soon", "#b"), in("params", "2026", "#c")));
        assertThat(t.dots()).hasSize(1);
        assertThat(t.undated()).isEqualTo(2);
        assertThat(Timeline.of(List.of(in("x", null, "#a"))).dots()).isEmpty();
    }
}
