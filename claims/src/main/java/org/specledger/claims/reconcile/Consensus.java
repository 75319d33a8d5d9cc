package org.specledger.claims.reconcile;

import java.util.List;
import org.specledger.claims.Hedge;
import org.specledger.claims.ValueKind;

/**
 * What the reports on one (model, attribute) agree on.
 *
 * <p>The value fields copy the claim that anchors the largest cluster of compatible claims (see {@link Reconciler}).
 *
 * @param value              the number (canonical unit), null for other kinds or a pure bound
 * @param low                lower bound of a range or bound, or null
 * @param high               upper bound of a range or bound, or null
 * @param text               the value of a date, boolean, enum or text claim
 * @param precision          day, month or year for dates
 * @param spreadLow          smallest number any claim on this attribute states (numbers only)
 * @param spreadHigh         largest number any claim on this attribute states (numbers only)
 * @param independentSources distinct sources behind the consensus: syndicated copies and one publisher's
 *                           articles count once
 * @param claimCount         all claims on this (model, attribute)
 * @param hedge              the firmest hedge among the supporting claims
 * @param supportingClaimIds claims compatible with the consensus value, ascending
 * @param dissentingClaimIds claims incompatible with it, ascending
 */
public record Consensus(String model, String attribute, ValueKind kind, Double value, Double low, Double high,
                        String text, String precision, Double spreadLow, Double spreadHigh, int independentSources,
                        int claimCount, Hedge hedge, List<Long> supportingClaimIds, List<Long> dissentingClaimIds) {

    public Consensus {
        supportingClaimIds = List.copyOf(supportingClaimIds);
        dissentingClaimIds = List.copyOf(dissentingClaimIds);
    }
}
