package org.specledger.db;

import org.specledger.claims.Flag;

/** A stored flag with its model's id and when it was first raised. */
public record FlagView(Flag flag, String modelId, String createdAt) {
}
