package org.specledger.crawler.ingest;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.specledger.claims.Claim;
import org.specledger.claims.Document;
import org.specledger.db.ClaimView;
import org.specledger.db.Database;
import org.specledger.db.ModelSummary;
import org.specledger.index.IndexedDocument;
import org.specledger.index.SearchIndex;

/**
 * Keeps the search index in step with the database, which stays the truth: a stored document is upserted
 * (its superseded version removed), and after reconciliation the documents whose claims became flagged or
 * stopped being flagged are upserted again so the "flagged" facet is right. {@link #rebuild()} is
 * {@code specledger reindex}.
 */
public final class IndexStage {
    private final Database db;
    private final SearchIndex index;
    private final Map<String, String> organizations = new HashMap<>();
    private Set<Long> flagged;

    public IndexStage(Database db, SearchIndex index) {
        this.db = db;
        this.index = index;
    }

    public SearchIndex index() {
        return index;
    }

    /** The ingest listener. */
    public synchronized void onStored(StoredDocument stored) {
        if (stored.supersededId() != null) {
            index.delete(stored.supersededId());
        }
        index.upsert(indexed(stored.document(), stored.claims()));
    }

    /**
     * Re-indexes the documents whose claims changed flagged status since the last call, then commits.
     * Call after reconciliation.
     */
    public synchronized int afterReconcile() {
        Set<Long> now = new HashSet<>(db.flags().flaggedClaimIds());
        Set<Long> before = flaggedClaims();
        Set<Long> changed = new HashSet<>(now);
        changed.addAll(before);
        Set<Long> both = new HashSet<>(now);
        both.retainAll(before);
        changed.removeAll(both);
        flagged = now;
        Set<Long> docs = new LinkedHashSet<>();
        for (ClaimView v : db.claims().findAll(changed)) {
            docs.add(v.claim().documentId());
        }
        for (Document d : db.documents().findAll(docs)) {
            index.upsert(indexed(d, claimsOf(d.id())));
        }
        index.commit();
        return docs.size();
    }

    /** Empties the index and fills it again from the database alone; returns the number of documents. */
    public synchronized int rebuild() {
        index.deleteAll();
        flagged = new HashSet<>(db.flags().flaggedClaimIds());
        int[] n = {0};
        try (SearchIndex.BulkLoad bulk = index.bulkLoad()) {
            db.documents().forEachLive(d -> {
                bulk.add(indexed(d, claimsOf(d.id())));
                n[0]++;
            });
        }
        return n[0];
    }

    private List<Claim> claimsOf(long documentId) {
        return db.claims().byDocument(documentId).stream().map(ClaimView::claim).toList();
    }

    private Set<Long> flaggedClaims() {
        if (flagged == null) {
            flagged = new HashSet<>(db.flags().flaggedClaimIds());
        }
        return flagged;
    }

    private IndexedDocument indexed(Document d, List<Claim> claims) {
        Map<String, String> orgs = new HashMap<>();
        for (Claim c : claims) {
            String org = organizations.computeIfAbsent(c.model(), name -> db.models().resolve(name)
                    .map(ModelSummary::organization).orElse(""));
            if (!org.isEmpty()) {
                orgs.put(c.model(), org);
            }
        }
        Set<Long> mine = new HashSet<>();
        for (Claim c : claims) {
            if (flaggedClaims().contains(c.id())) {
                mine.add(c.id());
            }
        }
        return new IndexedDocument(d, claims, orgs, mine);
    }
}
