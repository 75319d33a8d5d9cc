package org.specledger.claims.extract;

import org.specledger.claims.Attributes;
import org.specledger.claims.numbers.Unit;

/**
 * Training data: "pre-trained on 14.8 trillion tokens", "36万亿token". Tokens served ("processes 500 billion
 * tokens a day"), free API quotas and parts of a total just given ("including 1.5 trillion tokens of code") are not.
 */
final class TrainingTokensRule implements QuantityClassifier {
    @Override
    public String attribute(NumberContext n) {
        if (n.q().unit() != Unit.TOKENS) {
            return null;
        }
        if (Cues.FREE_QUOTA.in(n.clause())) {
            return Attributes.API_FREE_QUOTA;
        }
        if (n.q().value() < 1e10 || Cues.USAGE.in(n.clause()) || Cues.PART_BEFORE.in(n.left())) {
            return null;
        }
        return Attributes.TRAINING_TOKENS;
    }
}
