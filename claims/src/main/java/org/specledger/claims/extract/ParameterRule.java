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
        String near = n.near();
        if (Cues.ACTIVE.matcher(near).find() && !Cues.TOTAL_NEAR.matcher(n.right().substring(0, Math.min(n.right().length(), 12))).find()) {
            return Attributes.ACTIVE_PARAMETERS;
        }
        if (n.q().unit() == Unit.PARAMETERS || Cues.PARAMETERS.matcher(near).find()) {
            if (n.right().matches("(?s)^[ -]?tokens?.*") || Cues.COMPONENT.matcher(n.right()).find()) {
                return null; // "a 5B-parameter vision encoder" is a part, not the model
            }
            return n.q().value() >= 1e8 ? Attributes.TOTAL_PARAMETERS : null;
        }
        return null;
    }
}
