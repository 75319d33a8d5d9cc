package org.specledger.ingest;

import java.util.List;
import org.specledger.claims.Claim;
import org.specledger.claims.Document;

/**
 * A document and its claims just committed to the database, handed to the listeners that keep derived
 * state up to date (the search index, reconciliation).
 *
 * @param supersededId the earlier version this one replaced, or null
 */
public record StoredDocument(Document document, List<Claim> claims, Long supersededId) {
}
