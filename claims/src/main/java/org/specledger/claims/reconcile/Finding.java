package org.specledger.claims.reconcile;

import java.util.List;
import org.specledger.claims.FlagKind;

/** One reason to flag, before the findings of one (kind, model, attribute) are merged into one flag. */
record Finding(FlagKind kind, String attribute, String reason, List<Long> claimIds) {

    Finding {
        claimIds = List.copyOf(claimIds);
    }
}
