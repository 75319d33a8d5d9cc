package org.specledger.web.sheet;

import java.util.List;
import org.specledger.db.ClaimView;
import org.specledger.db.FlagView;

/**
 * One attribute of a model: the consensus, how many independent sources back it, how firmly, and every
 * claim and flag behind it.
 *
 * @param independentSources distinct sources behind the consensus value
 * @param hedge              the firmest hedge among the supporting claims (stated, reported, rumoured, speculative)
 * @param claims             every live claim of this (model, attribute), in id order
 * @param flags              the flags raised on this attribute
 */
public record Spec(String attribute, Consensus consensus, int independentSources, String hedge,
                   List<ClaimView> claims, List<FlagView> flags) {
    public Spec {
        claims = List.copyOf(claims);
        flags = List.copyOf(flags);
    }
}
