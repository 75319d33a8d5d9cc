package org.specledger.index;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A passage of a document as segments of plain text, some of them matches. The text is the scraped text as is:
 * a {@code <script>} in it is the characters {@code <script>}; whoever renders a snippet escapes every segment
 * and wraps matched ones in its own markup (e.g. {@code <mark>}).
 */
public record Snippet(List<Segment> segments) {

    public Snippet {
        segments = List.copyOf(segments);
    }

    /** The passage without marks. */
    public String text() {
        return segments.stream().map(Segment::text).collect(Collectors.joining());
    }

    /** The matched segments' texts, in order. */
    public List<String> matches() {
        return segments.stream().filter(Segment::match).map(Segment::text).toList();
    }
}
