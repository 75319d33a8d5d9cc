package org.specledger.claims.models;

import java.util.Optional;
import org.specledger.claims.Model;

/** Placeholder until the extraction stage lands. */
public final class ModelCatalog {
    public Optional<Model> resolve(String nameOrAlias) {
        return Optional.empty();
    }
}
