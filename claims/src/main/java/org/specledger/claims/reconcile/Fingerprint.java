package org.specledger.claims.reconcile;

import java.util.stream.Collectors;
import org.specledger.claims.Flag;

/** The natural key of a flag, for idempotent storage: the same flag computed twice has the same fingerprint. */
public final class Fingerprint {
    private Fingerprint() {
    }

    /** {@code kind|model|attribute|id,id,…} with the claim ids sorted ascending. */
    public static String of(Flag flag) {
        return flag.kind().json() + "|" + flag.model() + "|" + (flag.attribute() == null ? "" : flag.attribute())
                + "|" + flag.claimIds().stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
    }
}
