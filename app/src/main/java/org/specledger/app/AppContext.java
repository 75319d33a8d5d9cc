package org.specledger.app;

import java.io.PrintStream;
import java.nio.file.Path;
import org.specledger.claims.extract.ClaimExtractor;
import org.specledger.claims.reconcile.Reconciler;
import org.specledger.claims.reference.ReferenceData;
import org.specledger.article.ArticleExtractor;
import org.specledger.ingest.IndexStage;
import org.specledger.ingest.Ingester;
import org.specledger.ingest.ReconcileStage;
import org.specledger.db.Database;
import org.specledger.db.DatabaseUnavailableException;
import org.specledger.index.IndexUnavailableException;
import org.specledger.index.SearchIndex;
import org.specledger.index.lucene.LuceneSearchIndex;
import org.specledger.web.server.ServerContext;

/**
 * Everything a command or the server needs, opened once from one data folder ({@code --data DIR}, default
 * {@code ./data}): {@code specledger.db} (SQLite, the system of record) and {@code index/} (Lucene, derived).
 * Ingest feeds two listeners: the index (at once) and reconciliation (batched; {@link #flush()} runs it and
 * brings the index's "flagged" facet up to date).
 */
public final class AppContext implements ServerContext, AutoCloseable {
    /** The index folder inside the data folder. */
    public static final String INDEX_DIR = "index";

    private final Path dataDir;
    private final Database db;
    private final ClaimExtractor claimExtractor;
    private final Ingester ingester;
    private final ReconcileStage reconcile;
    private final IndexStage indexStage;
    private final CrawlService crawls;

    private AppContext(Path dataDir, Database db, ClaimExtractor claimExtractor, Ingester ingester,
                       ReconcileStage reconcile, IndexStage indexStage) {
        this.dataDir = dataDir;
        this.db = db;
        this.claimExtractor = claimExtractor;
        this.ingester = ingester;
        this.reconcile = reconcile;
        this.indexStage = indexStage;
        this.crawls = new CrawlService(this, org.specledger.crawler.crawl.CrawlConfig.defaults());
    }

    /** {@link #open(Path, PrintStream)} with notices on stderr. */
    public static AppContext open(Path dataDir) throws DatabaseUnavailableException, IndexUnavailableException {
        return open(dataDir, System.err);
    }

    /**
     * Opens (creating when missing) the data folder. An index that is missing or corrupt is rebuilt from the
     * database, with a line on {@code notices}.
     *
     * @throws DatabaseUnavailableException when the database cannot be opened
     * @throws IndexUnavailableException    when the index is locked by another process or cannot be written
     */
    public static AppContext open(Path dataDir, PrintStream notices)
            throws DatabaseUnavailableException, IndexUnavailableException {
        return open(dataDir, null, null, notices, false);
    }

    /** {@link #open(Path, String, String, PrintStream, boolean)} on the data folder's own engines. */
    public static AppContext open(Path dataDir, PrintStream notices, boolean allowEmptying)
            throws DatabaseUnavailableException, IndexUnavailableException {
        return open(dataDir, null, null, notices, allowEmptying);
    }

    /** {@link #open(Path, String, String, PrintStream, boolean)} that never empties a non-empty index. */
    public static AppContext open(Path dataDir, String dbUrl, String searchUrl, PrintStream notices)
            throws DatabaseUnavailableException, IndexUnavailableException {
        return open(dataDir, dbUrl, searchUrl, notices, false);
    }

    /**
     * Opens the engines: the database at {@code dbUrl} (null: {@code specledger.db} in the data folder) and the
     * search index at {@code searchUrl} (null: the Lucene index in the data folder; {@code http://…} an OpenSearch
     * cluster). An index that is missing, corrupt or behind the database is rebuilt from the database, with a line
     * on {@code notices}; then the models a killed run left marked are reconciled. An index that holds documents
     * is never emptied to match a database without any: that is a truncated or replaced database far more often
     * than a wish, and the index may then hold the last copy of the text. Only {@code allowEmptying} (from
     * {@code specledger reindex --force}) lets that rebuild run.
     *
     * @throws DatabaseUnavailableException when the database cannot be opened or reached, or is empty beside a
     *                                      non-empty index
     * @throws IndexUnavailableException    when the index is locked, cannot be written, or the cluster does not answer
     */
    public static AppContext open(Path dataDir, String dbUrl, String searchUrl, PrintStream notices,
                                  boolean allowEmptying)
            throws DatabaseUnavailableException, IndexUnavailableException {
        Path dir = dataDir.toAbsolutePath().normalize();
        Database db = Database.connect(dbUrl, dir);
        ClaimExtractor claims = ClaimExtractor.withDefaults();
        Ingester ingester = new Ingester(db, new ArticleExtractor(), claims);
        ReconcileStage reconcile = new ReconcileStage(db, new Reconciler(ReferenceData.load(), claims.catalog()::resolve));
        SearchIndex index;
        boolean rebuild = false;
        try {
            if (searchUrl != null && !searchUrl.isBlank()) {
                index = openCluster(searchUrl.strip());
            } else {
                index = LuceneSearchIndex.open(dir.resolve(INDEX_DIR));
            }
        } catch (IndexUnavailableException e) {
            if (e.reason() != IndexUnavailableException.Reason.MISSING && e.reason() != IndexUnavailableException.Reason.CORRUPT) {
                db.close();
                throw e;
            }
            if (e.reason() == IndexUnavailableException.Reason.CORRUPT || db.documents().countLive() > 0) {
                notices.println("specledger: " + e.getMessage() + "; rebuilding it from the database");
            }
            index = LuceneSearchIndex.create(dir.resolve(INDEX_DIR));
            rebuild = true;
        }
        int live = db.documents().countLive();
        long indexed = index.count();
        if (live == 0 && indexed > 0 && !allowEmptying) {
            index.close();
            db.close();
            throw new DatabaseUnavailableException(db.file(), "the database " + db.location() + " holds no documents but the"
                    + " search index holds " + indexed + ": refusing to empty the index to match (was the database"
                    + " replaced or truncated?). Restore the database, or run `specledger reindex --force` to empty the index", null);
        }
        rebuild = rebuild || indexed != live; // a killed run stored documents it never committed to the index
        IndexStage indexStage = new IndexStage(db, index);
        if (rebuild) {
            int n = indexStage.rebuild();
            if (n > 0) {
                notices.println("specledger: index rebuilt from the database (" + n + " documents)");
            }
        }
        ingester.onStored(indexStage::onStored);
        AppContext app = new AppContext(dir, db, claims, ingester, reconcile, indexStage);
        int pending = reconcile.pending();
        if (pending > 0) {
            // A run killed between storing documents and reconciling them (issue 14, item 10).
            notices.println("specledger: reconciling " + pending + " models an interrupted run left waiting");
            app.flush();
        }
        return app;
    }

    /** The OpenSearch cluster at {@code urls}; any other scheme is refused with what to write instead. */
    private static SearchIndex openCluster(String urls) throws IndexUnavailableException {
        if (!urls.startsWith("http://") && !urls.startsWith("https://")) {
            throw new IndexUnavailableException(null, IndexUnavailableException.Reason.IO, "unknown search URL '" + urls
                    + "': use http://HOST:PORT[,http://HOST2:PORT…] for an OpenSearch cluster, or leave --search-url"
                    + " out for the index in the data folder", null);
        }
        return org.specledger.index.opensearch.OpenSearchIndex.connect(urls);
    }

    public Path dataDir() {
        return dataDir;
    }

    public Database db() {
        return db;
    }

    public ClaimExtractor claimExtractor() {
        return claimExtractor;
    }

    public Ingester ingester() {
        return ingester;
    }

    /** Reconciliation; ingest marks models dirty, {@link #flush()} reconciles them. */
    public ReconcileStage reconcile() {
        return reconcile;
    }

    public SearchIndex index() {
        return indexStage.index();
    }

    public IndexStage indexStage() {
        return indexStage;
    }

    /** Crawls started from the site's admin form. */
    public CrawlService crawls() {
        return crawls;
    }

    /**
     * Imports files and folders as {@code specledger import} does: extraction on one thread per core, the index
     * bulk-loaded for the run, then the touched models reconciled.
     *
     * @param progress where the progress bar goes, or null for none
     */
    public org.specledger.ingest.local.ImportReport importPaths(java.util.List<Path> paths, PrintStream progress) {
        org.specledger.ingest.local.ImportReport r;
        try (var bulk = indexStage.bulk(org.specledger.ingest.local.LocalImport.defaultThreads())) {
            r = new org.specledger.ingest.local.LocalImport(ingester, progress).run(paths);
        }
        flush();
        return r;
    }

    /** Reconciles the models touched since the last flush, updates the index's flagged facet and commits it. */
    public synchronized void flush() {
        reconcile.flush();
        indexStage.afterReconcile();
    }

    private long lastFlushEnd = System.nanoTime();
    private long lastFlushNanos;

    /**
     * {@link #flush()} during a long write (a crawl), but not too often: at most every 5 s, and never more than a
     * tenth of the time, since a flush reconciles every claim of the touched models and grows with the corpus.
     */
    public void flushIfDue() {
        long since = System.nanoTime() - lastFlushEnd;
        if (since < Math.max(5_000_000_000L, 10 * lastFlushNanos)) {
            return;
        }
        synchronized (this) {
            long start = System.nanoTime();
            flush();
            lastFlushEnd = System.nanoTime();
            lastFlushNanos = lastFlushEnd - start;
        }
    }

    /** Reconciles every model, then refreshes the index as {@link #flush()} does. */
    public synchronized org.specledger.claims.reconcile.ReconcileResult reconcileAll() {
        var result = reconcile.reconcileAll();
        indexStage.afterReconcile();
        return result;
    }

    @Override
    public void close() {
        crawls.close();
        try {
            flush();
        } finally {
            try {
                indexStage.index().close();
            } catch (Exception e) {
                throw new IllegalStateException("could not close the search index: " + e.getMessage(), e);
            } finally {
                db.close();
            }
        }
    }
}
