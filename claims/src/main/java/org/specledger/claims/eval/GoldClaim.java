package org.specledger.claims.eval;

/**
 * One hand-made claim of the gold set (samples/gold.json).
 *
 * @param value     a Double for numbers (may be null when only a bound is known), a String for dates, enums and
 *                  text, a Boolean for open_weights
 * @param precision day, month or year for dates
 * @param hedge     stated, reported, rumoured or speculative (reported, not matched on)
 */
public record GoldClaim(String model, String attribute, Object value, Double low, Double high, String precision,
                        String hedge) {
}
