package org.specledger.claims.extract;

import org.specledger.claims.Attributes;
import org.specledger.claims.numbers.Unit;

/**
 * Parameter counts: "671 billion total parameters", "37B activated", "激活参数320亿", "a 1T model". A scaled
 * number between 1e8 and 1e15 with a parameter word, "total"/"MoE"/"model" near it; "active"/激活 near it makes
 * it the active count. A part's size ("a 5B-parameter vision encoder") is not the model's.
 */
final class ParameterRule implements QuantityClassifier {
    @Override
    public String attribute(NumberContext n) {
        if (n.q().unit() != Unit.PARAMETERS && n.q().unit() != Unit.NONE) {
            return null;
        }
        if (n.q().yearLike() || (!n.q().scaled() && n.q().unit() != Unit.PARAMETERS)) {
            return null;
        }
        if (n.q().value() < 1e7 || n.q().value() > 1e15) {
            return null;
        }
        String left = n.left().substring(Math.max(0, n.left().length() - 25));
        String right = n.right().substring(0, Math.min(n.right().length(), 25));
        String side;
        if (n.q().unit() == Unit.PARAMETERS) {
            side = n.near(); // "激活160亿参数", "activating only 32 billion parameters"
        } else if (Cues.LINK_BEFORE.in(n.left()) && Cues.PARAMETERS.in(n.left())
                || !Cues.PARAMETERS.in(right) && !Cues.ACTIVE.in(right)) {
            // the left labels the number: "… and an activated parameter count of 38 billion"
            side = n.left().substring(lastBreak(n.left()));
        } else {
            side = right; // "321B total", "37B activated"
        }
        if (Cues.ACTIVE.in(side) && !Cues.TOTAL_NEAR.in(right.substring(0, Math.min(right.length(), 12)))) {
            return Attributes.ACTIVE_PARAMETERS;
        }
        if (n.q().unit() == Unit.PARAMETERS || Cues.PARAMETERS.in(side)) {
            if (n.right().matches("(?s)^[ -]?tokens?.*") || Cues.COMPONENT.in(n.right())) {
                return null; // "a 5B-parameter vision encoder" is a part, not the model
            }
            return n.q().value() >= 1e8 ? Attributes.TOTAL_PARAMETERS : null;
        }
        return null;
    }

    /** Where the left context's last conjunction ends ("… and an activated parameter count of"). */
    private static int lastBreak(String left) {
        int k = Math.max(left.lastIndexOf(" and "), Math.max(left.lastIndexOf("和"), left.lastIndexOf(" with ")));
        return k < 0 ? 0 : k;
    }
}
