package org.specledger.claims;

import java.util.Locale;

/** The shape of a claim's value (SPEC_SCHEMA.md, "Value shape"). */
public enum ValueKind {
    /** A double in the attribute's canonical unit, possibly with low/high bounds. */
    NUMBER,
    /** An ISO-8601 date string in {@code text} with a precision of day, month or year. */
    DATE,
    /** "true" or "false" in {@code text}. */
    BOOLEAN,
    /** One of a fixed set of words in {@code text} (accelerator_origin). */
    ENUM,
    /** Free text in {@code text} (accelerator_model, organization). */
    TEXT;

    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ValueKind parse(String s) {
        return valueOf(s.trim().toUpperCase(Locale.ROOT));
    }
}
