package org.specledger.db;

import java.util.List;
import org.specledger.claims.Claim;

/**
 * What {@link DocumentRepository#save} did.
 *
 * @param status      NEW (first version of this URL), REVISED (a changed text of a known URL: the earlier
 *                    version is kept, marked superseded) or UNCHANGED (nothing written)
 * @param documentId  the stored document's id (the existing one when UNCHANGED)
 * @param claims      the stored claims with their ids (empty when UNCHANGED)
 * @param supersededId the earlier version's id when REVISED, else null
 */
public record SaveResult(Status status, long documentId, List<Claim> claims, Long supersededId) {
    public enum Status { NEW, REVISED, UNCHANGED }
}
