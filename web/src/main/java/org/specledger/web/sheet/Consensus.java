package org.specledger.web.sheet;

import java.util.List;

/**
 * The value a spec sheet shows for one attribute.
 *
 * @param kind               number, date, boolean, enum or text
 * @param value              a Double (canonical unit), Boolean or String, as SPEC_SCHEMA's value shape says; may
 *                           be null for a number known only by its bounds
 * @param spreadLow          the smallest number claimed (null for non-numbers)
 * @param spreadHigh         the largest number claimed
 * @param claimCount         claims about this attribute
 * @param supportingClaimIds the claims that agree with this value
 * @param derived            true when no reconciliation result was stored and the sheet fell back to the most
 *                           common claimed value (see {@link SpecSheets})
 * @param display            the value in readable units ({@link Units#format})
 */
public record Consensus(String kind, Object value, Double low, Double high, String precision, Double spreadLow,
                        Double spreadHigh, int claimCount, List<Long> supportingClaimIds, boolean derived,
                        String display) {
    public Consensus {
        supportingClaimIds = List.copyOf(supportingClaimIds);
    }
}
