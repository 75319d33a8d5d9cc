package org.specledger.crawler.reconcile;

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
import org.specledger.claims.reconcile.Fingerprint;
import org.specledger.claims.reconcile.ReconcileResult;
import org.specledger.claims.reconcile.Reconciler;
import org.specledger.crawler.ingest.StoredDocument;
import org.specledger.db.ClaimView;
import org.specledger.db.Database;
import org.specledger.db.FlagRepository;
import org.specledger.db.StoredConsensus;

/**
 * Keeps the stored consensus, flags and syndication groups up to date. Ingest marks the models a new
 * document touches as dirty ({@link #onStored}); {@link #flush()} reconciles the dirty models, each over all of
 * its claims in live documents, and replaces their stored results in one transaction. Batching matters: a
 * 20,000-document import would otherwise recompute a popular model's consensus 20,000 times.
 * {@link #reconcileAll()} is {@code specledger reconcile}.
 */
public final class ReconcileStage {
    private final Database db;
    private final Reconciler reconciler;
    private final Set<String> dirty = new LinkedHashSet<>();

    public ReconcileStage(Database db, Reconciler reconciler) {
        this.db = db;
        this.reconciler = reconciler;
    }

    /** The ingest listener: remembers which models need reconciling. */
    public synchronized void onStored(StoredDocument stored) {
        for (Claim c : stored.claims()) {
            dirty.add(Model.idFor(c.model()));
        }
        if (stored.supersededId() != null) {
            dirty.addAll(db.claims().modelIdsOfDocument(stored.supersededId()));
        }
    }

    /** Marks models dirty by id (after a document was deleted, say). */
    public synchronized void markDirty(Collection<String> modelIds) {
        dirty.addAll(modelIds);
    }

    /** Reconciles the models marked dirty since the last flush; returns how many models were reconciled. */
    public int flush() {
        List<String> models;
        synchronized (this) {
            models = new ArrayList<>(dirty);
            dirty.clear();
        }
        if (!models.isEmpty()) {
            reconcile(models);
        }
        return models.size();
    }

    /** Reconciles every model that has claims; returns the result for reporting. */
    public ReconcileResult reconcileAll() {
        synchronized (this) {
            dirty.clear();
        }
        return reconcile(db.claims().modelIdsWithClaims());
    }

    /** Reconciles the given models over all claims of live documents and stores the results. */
    public ReconcileResult reconcile(List<String> modelIds) {
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
        List<FlagRepository.NewFlag> flags = result.flags().stream()
                .map(f -> new FlagRepository.NewFlag(f, Fingerprint.of(f))).toList();
        List<StoredConsensus> consensus = result.consensus().stream().map(ReconcileStage::stored).toList();
        db.flags().replaceForModels(modelIds, flags, consensus);
        Map<Long, Long> groups = new LinkedHashMap<>(result.syndicationGroupByDocument());
        db.documents().setSyndicationGroups(groups);
        return result;
    }

    static StoredConsensus stored(Consensus c) {
        return new StoredConsensus(Model.idFor(c.model()), c.attribute(), c.kind().json(), c.value(), c.low(), c.high(),
                c.text(), c.precision(), c.spreadLow(), c.spreadHigh(), c.independentSources(), c.claimCount(),
                c.hedge().json(), c.supportingClaimIds(), null);
    }
}
