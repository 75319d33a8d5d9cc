package org.specledger.claims.extract;

import org.specledger.claims.Attributes;
import org.specledger.claims.numbers.Unit;

/**
 * Context windows: "128K context window", "a 256K-token window", "上下文长度100万", "Context Length: 128K", "the
 * window grew from 128K to 200K". A vocabulary ("a vocabulary of 128K tokens") or an output limit is not the window.
 */
final class ContextLengthRule implements QuantityClassifier {
    @Override
    public String attribute(NumberContext n) {
        Unit u = n.q().unit();
        if (u != Unit.TOKENS && u != Unit.NONE && u != Unit.PARAMETERS) {
            return null;
        }
        String near = n.near();
        if (Cues.any(near, NOT_CONTEXT_GATE) && Cues.NOT_CONTEXT.in(near)) {
            return null;
        }
        boolean cue = Cues.CONTEXT_AFTER.in(n.right()) || Cues.CONTEXT_BEFORE.in(n.left());
        if (u == Unit.TOKENS) {
            if (Cues.FREE_QUOTA.in(n.clause())) {
                return null;
            }
            return cue || (Cues.CONTEXT_ANY.in(n.clause()) && n.q().value() <= 1e7)
                    ? Attributes.CONTEXT_LENGTH : null;
        }
        if (!cue && kiloByLetter(n) && n.q().value() >= 8000 && Cues.CONTEXT_WINDOW.in(n.clause())) {
            cue = true; // "the context window grew from 128K to 200K": a K-sized figure in a clause about the window
        }
        return cue && n.q().value() >= 1000 && n.q().value() <= 1e8 ? Attributes.CONTEXT_LENGTH : null;
    }

    private static final java.util.regex.Pattern KILO = java.util.regex.Pattern.compile("\\d{1,4}(?:\\.\\d)? ?[Kk]");
    private static final String[] NOT_CONTEXT_GATE = {"vocab", "词", "output", "输出", "max", "generation"};

    private static boolean kiloByLetter(NumberContext n) {
        return KILO.matcher(n.s().t).region(n.q().start(), n.q().end()).matches();
    }
}
