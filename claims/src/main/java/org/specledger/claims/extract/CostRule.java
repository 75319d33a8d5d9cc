package org.specledger.claims.extract;

import java.util.regex.Pattern;
import org.specledger.claims.Attributes;
import org.specledger.claims.numbers.Unit;

/**
 * Training cost in US dollars: "trained for about $5.6 million", "cost $294,000 to train", "5.5 million dollars".
 * Only amounts written in dollars (a yuan amount is never converted), only with a training or cost word in the
 * clause, never a what-if ("would cost") nor a valuation, revenue or investment round.
 */
final class CostRule implements QuantityClassifier {
    private static final Pattern DOLLAR_BEFORE = Pattern.compile("(?:US ?\\$|USD ?|\\$|＄)\\s?$");
    private static final Pattern DOLLAR_AFTER = Pattern.compile("^[^,;()]{0,14}?\\b(?:dollars?|usd)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern OTHER_CURRENCY = Pattern.compile("(?:¥|￥|rmb|cny|yuan|元|hk\\$|nt\\$|a\\$|c\\$|s\\$|€|£|euros?)", Pattern.CASE_INSENSITIVE);

    @Override
    public String attribute(NumberContext n) {
        if (n.q().unit() != Unit.CURRENCY) {
            return null;
        }
        String t = n.s().t;
        String before = t.substring(Math.max(n.s().start, n.q().start() - 4), n.q().start());
        String written = t.substring(n.q().start(), n.q().end());
        boolean dollars = DOLLAR_BEFORE.matcher(before).find() || written.startsWith("$")
                || DOLLAR_AFTER.matcher(t.substring(n.q().start(), Math.min(n.s().end, n.q().end() + 14))).find();
        if (!dollars || OTHER_CURRENCY.matcher(before + written).find()) {
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
