package org.specledger.ingest;

import java.util.HashMap;
import java.util.HashSet;
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
 * {@code specledger reindex}; {@link #bulk(int)} speeds up an import.
 */
public final class IndexStage {
    /** Re-indexing at least this many documents after reconciliation goes through a pooled bulk load. */
    static final int REINDEX_BULK_MIN = 64;

    private final Database db;
    private final SearchIndex index;
    private final Map<String, String> organizations = new HashMap<>();
    private Set<Long> flagged;
    private Bulk bulk;

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
        IndexedDocument d = indexed(stored.document(), stored.claims());
        if (bulk != null) {
            bulk.add(d);
        } else {
            index.upsert(d);
        }
    }

    /**
     * Switches the listener to a bulk load until the returned handle is closed: documents are analysed and
     * added on {@code threads} named daemon threads (a bounded number waiting), off the thread that stores,
     * and become searchable, and durable, when the handle closes ({@link SearchIndex#bulkLoad()}). Use it around
     * an import: {@code try (var b = indexStage.bulk(n)) { import.run(paths); }}. A process killed in between
     * leaves the index behind the database, which the application notices at start-up (the document counts
     * differ) and rebuilds from the database.
     *
     * @throws IllegalStateException when a bulk load is already open
     */
    public synchronized BulkImport bulk(int threads) {
        if (bulk != null) {
            throw new IllegalStateException("a bulk load is already open on this index");
        }
        bulk = new Bulk(index.bulkLoad(), threads);
        return this::endBulk;
    }

    /** An open {@link #bulk(int)}; closing it waits for the pending documents, then commits. */
    @FunctionalInterface
    public interface BulkImport extends AutoCloseable {
        @Override
        void close();
    }

    private void endBulk() {
        Bulk b;
        synchronized (this) {
            b = bulk;
            bulk = null;
        }
        if (b != null) {
            b.close();
        }
    }

    /** The index work of a bulk load, on its own small pool. */
    private static final class Bulk {
        private final SearchIndex.BulkLoad load;
        private final java.util.concurrent.ExecutorService pool;
        private final java.util.concurrent.Semaphore room;
        private final java.util.concurrent.Phaser pending = new java.util.concurrent.Phaser(1);
        private final java.util.concurrent.atomic.AtomicReference<RuntimeException> failure =
                new java.util.concurrent.atomic.AtomicReference<>();

        Bulk(SearchIndex.BulkLoad load, int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1, not " + threads);
            }
            this.load = load;
            this.room = new java.util.concurrent.Semaphore(threads * 8);
            java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();
            this.pool = java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "specledger-index-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
        }

        void add(IndexedDocument d) {
            room.acquireUninterruptibly();
            pending.register();
            pool.execute(() -> {
                try {
                    load.add(d);
                } catch (RuntimeException e) {
                    failure.compareAndSet(null, e);
                } finally {
                    room.release();
                    pending.arriveAndDeregister();
                }
            });
        }

        /**
         * Waits for the documents handed over so far to be in the writer. The phaser's one standing party is
         * the caller's (one drain at a time: callers hold the stage's lock or have detached the bulk load).
         */
        void drain() {
            pending.arriveAndAwaitAdvance();
        }

        void close() {
            try {
                drain();
            } finally {
                pool.shutdown();
                load.close();
            }
            RuntimeException e = failure.get();
            if (e != null) {
                throw e;
            }
        }
    }

    /**
     * Re-indexes the documents whose claims changed flagged status since the last call, then commits.
     * Call after reconciliation.
     */
    public synchronized int afterReconcile() {
        if (bulk != null) {
            bulk.drain(); // a pending bulk add of a document must not land after its re-index below
        }
        Set<Long> now = new HashSet<>(db.flags().flaggedClaimIds());
        Set<Long> before = flaggedClaims();
        Set<Long> changed = new HashSet<>(now);
        changed.addAll(before);
        Set<Long> both = new HashSet<>(now);
        both.retainAll(before);
        changed.removeAll(both);
        flagged = now;
        List<Document> found = db.documents().findAll(db.documents().idsOfClaims(changed));
        // After a large import most documents change flagged status: analyse them on a pool, as an import does.
        Bulk b = bulk;
        boolean own = b == null && found.size() >= REINDEX_BULK_MIN;
        if (own) {
            b = new Bulk(index.bulkLoad(), Runtime.getRuntime().availableProcessors());
        }
        try {
            for (Document d : found) {
                IndexedDocument x = indexed(d, claimsOf(d.id()));
                if (b != null) {
                    b.add(x);
                } else {
                    index.upsert(x);
                }
            }
        } finally {
            if (own) {
                b.close();
            } else if (b != null) {
                b.drain();
            }
        }
        index.commit();
        return found.size();
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
