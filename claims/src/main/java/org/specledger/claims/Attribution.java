package org.specledger.claims;

import java.util.Locale;

/**
 * How a claim's model was decided (SPEC_SCHEMA.md, "Evidence and hedging"), most direct first. The JSON form is
 * the lower-case name.
 */
public enum Attribution {
    /** The model is named in the claim's own clause (or its table row or column). */
    EXPLICIT,
    /** Resolved from the context: a pronoun, a short name ("R1", "its V3 model"), the paragraph's model. */
    CONTEXT,
    /** The document's subject model, for a sentence, list or table that names none. */
    SUBJECT;

    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses the JSON form; throws IllegalArgumentException naming the allowed words. */
    public static Attribution parse(String s) {
        for (Attribution a : values()) {
            if (a.json().equalsIgnoreCase(s == null ? "" : s.trim())) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown attribution '" + s + "' (expected explicit, context or subject)");
    }

    /** The less direct of two attributions. */
    public Attribution weaker(Attribution other) {
        return other == null || ordinal() >= other.ordinal() ? this : other;
    }
}
