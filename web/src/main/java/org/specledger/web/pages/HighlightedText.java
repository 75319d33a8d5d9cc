package org.specledger.web.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.specledger.claims.Claim;

/**
 * A document's stored text cut into pieces at every claim boundary, so that overlapping claim spans can be
 * highlighted without nesting marks: each piece knows which claims cover it, which start at it (their anchors go
 * there) and which end with it (their links to the side list go after it).
 *
 * @param pieces the text in order; concatenated they give back the text
 */
public record HighlightedText(List<Piece> pieces) {

    /**
     * A run of text covered by the same claims.
     *
     * @param covering claim ids whose span covers this run (empty for plain text)
     * @param starting claim ids whose span starts at this run, in claim order
     * @param ending   claim ids whose span ends with this run, in claim order
     */
    public record Piece(String text, List<Long> covering, List<Long> starting, List<Long> ending) {
        public boolean marked() {
            return !covering.isEmpty();
        }

        /** "overlap" when more than one claim covers the run, for a darker highlight. */
        public String cssClass() {
            return covering.size() > 1 ? "claim overlap" : "claim";
        }
    }

    /**
     * Cuts {@code text} at the claims' spans. Offsets are clamped to the text (a span past its end is cut short,
     * never an error) and never split a surrogate pair; empty spans get an anchor but no highlight.
     */
    public static HighlightedText of(String text, List<Claim> claims) {
        int n = text.length();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, n));
        List<int[]> spans = new ArrayList<>();
        for (Claim c : claims) {
            int s = safe(text, Math.min(Math.max(c.start(), 0), n));
            int e = safe(text, Math.min(Math.max(c.end(), s), n));
            spans.add(new int[] {s, e});
            cuts.add(s);
            cuts.add(e);
        }
        List<Piece> pieces = new ArrayList<>();
        Integer prev = null;
        for (int cut : cuts) {
            if (prev != null) {
                List<Long> covering = new ArrayList<>();
                List<Long> starting = new ArrayList<>();
                List<Long> ending = new ArrayList<>();
                for (int i = 0; i < claims.size(); i++) {
                    int[] sp = spans.get(i);
                    long id = claims.get(i).id();
                    boolean empty = sp[0] == sp[1];
                    if (!empty && sp[0] <= prev && sp[1] >= cut) {
                        covering.add(id);
                    }
                    if (sp[0] == prev) {
                        starting.add(id);
                    }
                    if (!empty && sp[1] == cut || empty && sp[0] == prev) {
                        ending.add(id);
                    }
                }
                pieces.add(new Piece(text.substring(prev, cut), covering, starting, ending));
            }
            prev = cut;
        }
        if (!pieces.isEmpty()) {
            // Spans that start at the very end of the text anchor after the last piece.
            Piece last = pieces.get(pieces.size() - 1);
            for (int i = 0; i < claims.size(); i++) {
                if (spans.get(i)[0] == n) {
                    last.starting().add(claims.get(i).id());
                    last.ending().add(claims.get(i).id());
                }
            }
        } else {
            // An empty text still anchors its claims, so that links to them land on the page.
            List<Long> ids = claims.stream().map(Claim::id).toList();
            pieces.add(new Piece("", List.of(), ids, ids));
        }
        return new HighlightedText(pieces);
    }

    /** Moves an offset that falls between a high and a low surrogate back before the pair. */
    private static int safe(String text, int i) {
        return i > 0 && i < text.length() && Character.isLowSurrogate(text.charAt(i))
                && Character.isHighSurrogate(text.charAt(i - 1)) ? i - 1 : i;
    }
}
