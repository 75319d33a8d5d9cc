package org.specledger.claims.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.specledger.claims.Attributes;
import org.specledger.claims.Claim;
import org.specledger.claims.ValueKind;
import org.specledger.claims.numbers.Quantity;
import org.specledger.claims.text.Quotes;

/**
 * Where rules put their claims: each (model, attribute, value) once a document (its first occurrence), with the
 * sentence's quote, the words of the value as written, the clause's hedge and the owner's attribution.
 */
final class ClaimSink {
    private final List<Claim> out = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();

    List<Claim> claims() {
        return out;
    }

    /** The original words of a span of normalized text, white space normalized. */
    static String written(SentenceAnnotation s, int from, int to) {
        int[] u = s.doc.normalized.toOriginalSpan(from, to);
        return Quotes.normalizeWhitespace(s.doc.normalized.original().substring(u[0], u[1]));
    }

    void number(SentenceAnnotation s, SentenceAnnotation.Owner owner, String attribute, Quantity q, double factor) {
        Double v = q.value() * factor;
        Double lo = q.low() == null ? null : q.low() * factor;
        Double hi = q.high() == null ? null : q.high() * factor;
        if (attribute.equals(Attributes.CONTEXT_LENGTH) && lo == null && hi != null && hi.equals(v)) {
            hi = null; // "a window of up to 256K tokens": a window is its maximum, so this is its size
        }
        number(s, owner, attribute, v, lo, hi, written(s, q.start(), q.end()), q.start());
    }

    void number(SentenceAnnotation s, SentenceAnnotation.Owner owner, String attribute, Double v, Double lo, Double hi,
                String unitText, int pos) {
        Claim c = Claim.number(owner.model().name(), attribute, v, lo, hi, unitText, s.quote, s.quoteStart, s.quoteEnd,
                s.hedgeAt(pos)).withAttribution(owner.attribution());
        add(c, attribute + "|" + owner.model().name() + "|" + round(v) + "|" + round(lo) + "|" + round(hi));
    }

    void text(SentenceAnnotation s, SentenceAnnotation.Owner owner, String attribute, ValueKind kind, String value,
              String precision, String unitText, int pos) {
        Claim c = Claim.textual(owner.model().name(), attribute, kind, value, precision, unitText, s.quote,
                s.quoteStart, s.quoteEnd, s.hedgeAt(pos)).withAttribution(owner.attribution());
        add(c, attribute + "|" + owner.model().name() + "|" + value.toLowerCase(Locale.ROOT));
    }

    private void add(Claim c, String key) {
        if (c.attribution() == org.specledger.claims.Attribution.SUBJECT && c.hedge() == org.specledger.claims.Hedge.SPECULATIVE) {
            return; // a what-if about a model the sentence does not even name: too unsure to record
        }
        if (Scope.isReference(c.model())) {
            return; // a comparison model of another maker: its figures are context, not the ledger's claims
        }
        if (seen.add(key)) {
            out.add(c);
        }
    }

    /** A value to four significant digits, as a key: 355e9 and 355.0001e9 are one claim. */
    private static String round(Double v) {
        if (v == null) {
            return "-";
        }
        if (v == 0 || v.isNaN() || v.isInfinite()) {
            return v.toString();
        }
        return java.math.BigDecimal.valueOf(v).round(new java.math.MathContext(4, java.math.RoundingMode.HALF_UP)).toString();
    }
}
