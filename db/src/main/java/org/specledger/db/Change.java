package org.specledger.db;

import java.util.Set;

/**
 * What one committed write changed, told to the listeners of {@link Database#onChange} after the commit (so a
 * reader that sees the change notice also sees the data). Caches of derived answers invalidate by it.
 *
 * @param kind        a document stored, revised or deleted; or reconciliation results (consensus, flags,
 *                    syndication groups) replaced
 * @param documentIds documents whose own page changed (the new one, the one it superseded, every version of the
 *                    same URL, a document whose syndication group was set)
 * @param modelIds    models whose claims or reconciliation results changed
 */
public record Change(Kind kind, Set<Long> documentIds, Set<String> modelIds) {
    public enum Kind {
        DOCUMENTS,
        RECONCILIATION
    }

    public Change {
        documentIds = Set.copyOf(documentIds);
        modelIds = Set.copyOf(modelIds);
    }
}
