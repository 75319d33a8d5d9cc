package org.specledger.claims.reconcile;

import java.util.List;
import java.util.Map;
import org.specledger.claims.Flag;

/**
 * The outcome of one reconciliation: consensus per (model, attribute) sorted by model then attribute, flags in a
 * stable order (model, attribute, kind, fingerprint), and each document's syndication group.
 *
 * @param syndicationGroupByDocument document id to group id (the smallest document id of its group)
 */
public record ReconcileResult(List<Consensus> consensus, List<Flag> flags, Map<Long, Long> syndicationGroupByDocument) {

    public ReconcileResult {
        consensus = List.copyOf(consensus);
        flags = List.copyOf(flags);
        syndicationGroupByDocument = Map.copyOf(syndicationGroupByDocument);
    }
}
