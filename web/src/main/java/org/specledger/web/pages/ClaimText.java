package org.specledger.web.pages;

import java.math.BigDecimal;
import org.specledger.claims.Claim;
import org.specledger.claims.ValueKind;
import org.specledger.web.sheet.Units;

/** How a single claim's value reads in a list: in readable units ({@link Units#format}), else the words as written. */
public final class ClaimText {
    private ClaimText() {
    }

    /**
     * The quiet marker for how a claim's model was decided: empty when the model is named in the claim's own clause,
     * else a few words a reader can check against the quote.
     */
    public static String attribution(Claim c) {
        return switch (c.attribution()) {
            case EXPLICIT -> "";
            case CONTEXT -> "model from context";
            case SUBJECT -> "model: the report's subject";
        };
    }

    /** The longer explanation of {@link #attribution}, for a tooltip. */
    public static String attributionTitle(Claim c) {
        return switch (c.attribution()) {
            case EXPLICIT -> "";
            case CONTEXT -> "The quote does not name the model: it was resolved from a pronoun, a short name or the paragraph.";
            case SUBJECT -> "The quote names no model: the claim was given to the model the report is about.";
        };
    }

    public static String value(Claim c) {
        String readable = Units.format(c);
        if (!readable.isEmpty()) {
            return readable;
        }
        if (c.unitText() != null && !c.unitText().isBlank()) {
            return c.unitText();
        }
        if (c.kind() == ValueKind.NUMBER) {
            if (c.value() != null) {
                return number(c.value());
            }
            String lo = c.low() == null ? "" : number(c.low());
            String hi = c.high() == null ? "" : number(c.high());
            return lo.isEmpty() ? "≤ " + hi : hi.isEmpty() ? "≥ " + lo : lo + "–" + hi;
        }
        return c.text() == null ? "" : c.text();
    }

    /** A double without a trailing ".0" or exponent noise: 88.5, 671000000000, 0.25. */
    public static String number(Double d) {
        if (d == null) {
            return "";
        }
        if (d.isNaN() || d.isInfinite()) {
            return String.valueOf(d);
        }
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}
