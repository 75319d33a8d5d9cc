package org.specledger.db;

import java.util.List;

/**
 * The consensus of one (model, attribute) as reconciliation last computed it.
 *
 * @param kind                value kind (number, date, boolean, enum, text)
 * @param spreadLow           the smallest numeric value claimed (null for non-numbers)
 * @param spreadHigh          the largest numeric value claimed
 * @param independentSources  distinct syndication groups and publishers behind the consensus value
 * @param hedge               the firmest hedge among the supporting claims
 * @param supportingClaimIds  the claims that agree with the consensus value
 */
public record StoredConsensus(String modelId, String attribute, String kind, Double value, Double low, Double high,
                              String text, String precision, Double spreadLow, Double spreadHigh,
                              int independentSources, int claimCount, String hedge, List<Long> supportingClaimIds,
                              String computedAt) {
}
