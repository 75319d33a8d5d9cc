package org.specledger.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.specledger.claims.Claim;
import org.specledger.claims.Hedge;

class HighlightedTextTest {
    static Claim claim(long id, int start, int end) {
        return Claim.number("M", "total_parameters", 1d, null, null, null, "q", start, end, Hedge.STATED).withIds(id, 1);
    }

    static String render(HighlightedText t) {
        return t.pieces().stream().map(p -> p.starting().stream().map(i -> "{" + i).collect(Collectors.joining())
                + (p.marked() ? "[" + p.covering().size() + ":" + p.text() + "]" : p.text())
                + p.ending().stream().map(i -> i + "}").collect(Collectors.joining())).collect(Collectors.joining());
    }

    @Test
    void overlappingSpansAreCutWithoutNesting() {
        String text = "aaaa bbbb cccc";
        HighlightedText t = HighlightedText.of(text, List.of(claim(1, 0, 9), claim(2, 5, 14)));
        assertThat(render(t)).isEqualTo("{1[1:aaaa ]{2[2:bbbb]1}[1: cccc]2}");
        assertThat(t.pieces().stream().map(HighlightedText.Piece::text).collect(Collectors.joining())).isEqualTo(text);
        assertThat(t.pieces().get(1).cssClass()).isEqualTo("claim overlap");
    }

    @Test
    void identicalAndNestedSpans() {
        HighlightedText t = HighlightedText.of("0123456789", List.of(claim(1, 2, 8), claim(2, 2, 8), claim(3, 4, 5)));
        assertThat(render(t)).isEqualTo("01{1{2[2:23]{3[3:4]3}[2:567]1}2}89");
    }

    @Test
    void offsetsOutsideTheTextAreClampedAndEmptySpansStillAnchor() {
        HighlightedText t = HighlightedText.of("abc", List.of(claim(1, 1, 99), claim(2, 0, 0), claim(3, 50, 60)));
        // The empty span anchors before "a"; the span past the end anchors with the last piece.
        assertThat(render(t)).isEqualTo("{2a2}{1{3[1:bc]1}3}");
    }

    @Test
    void aSurrogatePairIsNeverSplit() {
        String text = "x😀y";
        HighlightedText t = HighlightedText.of(text, List.of(claim(1, 2, 4)));
        assertThat(t.pieces()).extracting(HighlightedText.Piece::text).containsExactly("x", "😀y");
    }

    @Test
    void noClaimsIsOnePlainPiece() {
        assertThat(render(HighlightedText.of("plain <b>text</b>", List.of()))).isEqualTo("plain <b>text</b>");
    }
}
