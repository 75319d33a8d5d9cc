package org.specledger.claims.eval;

import java.util.List;
import java.util.Objects;
import org.specledger.claims.Claim;

/**
 * A claim as the ledger stored it, with every name its model goes by there.
 *
 * @param claim      the claim ({@link Claim#model()} is the model's canonical name)
 * @param modelId    the stored model's id
 * @param modelNames the stored model's name and aliases as the ledger keeps them
 */
public record StoredClaim(Claim claim, String modelId, List<String> modelNames) {
    public StoredClaim {
        Objects.requireNonNull(claim, "claim");
        modelNames = modelNames == null ? List.of() : List.copyOf(modelNames);
    }
}
