package org.specledger.claims;

import java.util.List;
import java.util.Objects;

/**
 * A flag on a (model, attribute): what is wrong, in a sentence a journalist can paste, and the claims involved.
 *
 * @param model     the canonical model name
 * @param attribute the attribute concerned (for inconsistent flags, the first of the attributes involved)
 * @param reason    the explanation, numbers and references included; never blank
 * @param claimIds  the claims the flag rests on
 */
public record Flag(long id, FlagKind kind, String model, String attribute, String reason, List<Long> claimIds) {

    public Flag {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(model, "model");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a flag always carries its reason");
        }
        claimIds = List.copyOf(claimIds);
    }
}
