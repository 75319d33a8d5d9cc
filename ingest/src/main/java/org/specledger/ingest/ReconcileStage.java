package org.specledger.ingest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.specledger.claims.Claim;
import org.specledger.claims.Document;
import org.specledger.claims.Model;
import org.specledger.claims.reconcile.Consensus;
import org.specledger.claims.reconcile.DocInfo;
import org.specledger.claims.reconcile.ReconcileResult;
import org.specledger.claims.reconcile.Reconciler;
import org.specledger.db.ClaimView;
import org.specledger.db.Database;
import org.specledger.db.StoredConsensus;

/**
 * Keeps the stored consensus, flags and syndication groups up to date. Storing a document marks the models its
 * claims name as dirty in the database, in the document's own transaction ({@code dirty_models});
 * {@link #flush()} reconciles the dirty models, each over all of its claims in live documents, and replaces their
 * stored results and clears their marks in one transaction. A process killed in between leaves the marks, and
 * the next {@link #flush()} (run at every start) finishes the work. Batching matters: a 20,000-document import
 * would otherwise recompute a popular model's consensus 20,000 times. {@link #reconcileAll()} is
 * {@code specledger reconcile}.
 */
public final class ReconcileStage {
    private final Database db;
    private final Reconciler reconciler;

    public ReconcileStage(Database db, Reconciler reconciler) {
        this.db = db;
        this.reconciler = reconciler;
    }

    /** Marks models dirty by id (after a document was deleted, say); committed at once. */
    public void markDirty(Collection<String> modelIds) {
        db.flags().markDirty(modelIds);
    }

    /** The number of models waiting for reconciliation. */
    public int pending() {
        return db.flags().dirtyModels().size();
    }

    /** Reconciles the models marked dirty; returns how many models were reconciled. */
    public synchronized int flush() {
        Map<String, Long> marks = db.flags().dirtyModels();
        if (!marks.isEmpty()) {
            reconcile(new ArrayList<>(marks.keySet()), marks);
        }
        return marks.size();
    }

    /** Reconciles every model that has claims (and every marked one); returns the result for reporting. */
    public synchronized ReconcileResult reconcileAll() {
        Map<String, Long> marks = db.flags().dirtyModels();
        Set<String> models = new LinkedHashSet<>(db.claims().modelIdsWithClaims());
        models.addAll(marks.keySet());
        return reconcile(new ArrayList<>(models), marks);
    }

    /** Reconciles the given models over all claims of live documents and stores the results. */
    public ReconcileResult reconcile(List<String> modelIds) {
        return reconcile(modelIds, Map.of());
    }

    /** Reconciles the given models over all claims of live documents and stores the results. */
    private ReconcileResult reconcile(List<String> modelIds, Map<String, Long> marks) {
        List<Claim> claims = new ArrayList<>();
        Set<Long> docIds = new LinkedHashSet<>();
        for (String modelId : modelIds) {
            for (ClaimView v : db.claims().byModel(modelId, null)) {
                claims.add(v.claim());
                docIds.add(v.claim().documentId());
            }
        }
        List<DocInfo> docs = new ArrayList<>();
        for (Document d : db.documents().findAll(docIds)) {
            docs.add(new DocInfo(d.id(), d.url(), d.canonicalUrl(), d.publisher(), d.publishedAt(), d.text()));
        }
        ReconcileResult result = reconciler.reconcile(docs, claims);
        List<StoredConsensus> consensus = result.consensus().stream().map(ReconcileStage::stored).toList();
        Map<Long, Long> groups = new LinkedHashMap<>(result.syndicationGroupByDocument());
        db.documents().setSyndicationGroups(groups);
        // Last, with the marks: a crash before this commit leaves the models marked, and they are done again.
        db.flags().replaceForModels(modelIds, result.flags(), consensus, marks);
        return result;
    }

    static StoredConsensus stored(Consensus c) {
        return new StoredConsensus(Model.idFor(c.model()), c.attribute(), c.kind().json(), c.value(), c.low(), c.high(),
                c.text(), c.precision(), c.spreadLow(), c.spreadHigh(), c.independentSources(), c.claimCount(),
                c.hedge().json(), c.supportingClaimIds(), null);
    }
}
