package org.specledger.claims;

import java.util.Locale;

/** The kinds of flag of SPEC_SCHEMA.md, "Flags". The JSON form is the lower-case name. */
public enum FlagKind {
    /** Independent sources give incompatible values for one (model, attribute). */
    CONFLICT,
    /** A value outside what reference data allows. */
    IMPLAUSIBLE,
    /** Arithmetic across attributes fails. */
    INCONSISTENT,
    /** A date that cannot be. */
    TEMPORAL;

    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static FlagKind parse(String s) {
        for (FlagKind k : values()) {
            if (k.json().equalsIgnoreCase(s == null ? "" : s.trim())) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown flag kind '" + s + "' (expected conflict, implausible, inconsistent or temporal)");
    }
}
