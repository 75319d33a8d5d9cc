package org.specledger.claims;

import java.util.Locale;

/**
 * How firmly a report states a claim (SPEC_SCHEMA.md, "Evidence and hedging"), weakest last.
 * The JSON form is the lower-case name.
 */
public enum Hedge {
    /** A plain statement. */
    STATED,
    /** Attributed: "reportedly", "according to", 据报道. */
    REPORTED,
    /** Unnamed or unverifiable sources: "insider reports", "people familiar", 知情人士, 传闻. */
    RUMOURED,
    /** Conditional or guessed: "could", "if true", 或将. */
    SPECULATIVE;

    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses the JSON form; throws IllegalArgumentException naming the allowed words. */
    public static Hedge parse(String s) {
        for (Hedge h : values()) {
            if (h.json().equalsIgnoreCase(s == null ? "" : s.trim())) {
                return h;
            }
        }
        throw new IllegalArgumentException("unknown hedge '" + s + "' (expected stated, reported, rumoured or speculative)");
    }

    /** The firmer of two hedges. */
    public Hedge firmer(Hedge other) {
        return other == null || ordinal() <= other.ordinal() ? this : other;
    }
}
