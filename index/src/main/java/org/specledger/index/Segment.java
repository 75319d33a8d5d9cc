package org.specledger.index;

import java.util.Objects;

/** A run of plain (unescaped) text in a {@link Snippet}; {@code match} when it is a matched word or phrase. */
public record Segment(String text, boolean match) {

    public Segment {
        Objects.requireNonNull(text, "text");
    }
}
