package org.specledger.claims.extract;

import org.specledger.claims.Attributes;
import org.specledger.claims.numbers.Unit;

/**
 * Training cost in US dollars: "trained for about $5.6 million", "cost $294,000 to train", "5.5 million dollars".
 * Only amounts written in dollars (a yuan amount is never converted), only with a training or cost word in the
 * clause, never a what-if ("would cost") nor a valuation, revenue or investment round.
 */
final class CostRule implements QuantityClassifier {
    @Override
    public String attribute(NumberContext n) {
        // the quantity layer reads the currency (US$, USD, dollars, 美元 → USD; HK$, S$, yuan, 元, € → theirs)
        if (n.q().unit() != Unit.CURRENCY || !"USD".equals(n.q().currency())) {
            return null;
        }
        if (!Cues.COST.in(n.clause()) && !Cues.COST.in(n.s().lower)) {
            return null;
        }
        if (Cues.NOT_TRAINING_COST.in(n.clause()) || n.q().value() < 1e4 || n.q().value() > 1e11) {
            return null;
        }
        return Attributes.TRAINING_COST_USD;
    }
}
