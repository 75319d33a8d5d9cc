package org.specledger.web.app;

import java.nio.file.Path;
import org.specledger.claims.extract.ClaimExtractor;
import org.specledger.claims.reconcile.Reconciler;
import org.specledger.claims.reference.ReferenceData;
import org.specledger.crawler.extract.ArticleExtractor;
import org.specledger.crawler.ingest.Ingester;
import org.specledger.crawler.reconcile.ReconcileStage;
import org.specledger.db.Database;
import org.specledger.db.DatabaseUnavailableException;

/**
 * Everything a command or the server needs, opened once from one data folder ({@code --data DIR}, default
 * {@code ./data}): {@code specledger.db} (SQLite, the system of record) and {@code index/} (Lucene, derived).
 */
public final class AppContext implements AutoCloseable {
    private final Path dataDir;
    private final Database db;
    private final ClaimExtractor claimExtractor;
    private final Ingester ingester;
    private final ReconcileStage reconcile;

    private AppContext(Path dataDir, Database db, ClaimExtractor claimExtractor, Ingester ingester,
                       ReconcileStage reconcile) {
        this.dataDir = dataDir;
        this.db = db;
        this.claimExtractor = claimExtractor;
        this.ingester = ingester;
        this.reconcile = reconcile;
    }

    /** Opens (creating when missing) the data folder. */
    public static AppContext open(Path dataDir) throws DatabaseUnavailableException {
        Database db = Database.open(dataDir);
        ClaimExtractor claims = ClaimExtractor.withDefaults();
        Ingester ingester = new Ingester(db, new ArticleExtractor(), claims);
        ReconcileStage reconcile = new ReconcileStage(db, new Reconciler(ReferenceData.load(), claims.catalog()::resolve));
        ingester.onStored(reconcile::onStored);
        return new AppContext(dataDir.toAbsolutePath().normalize(), db, claims, ingester, reconcile);
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

    /** Reconciliation; ingest marks models dirty, callers {@link ReconcileStage#flush()} after a batch. */
    public ReconcileStage reconcile() {
        return reconcile;
    }

    @Override
    public void close() {
        // Results of the last batch must not be lost when a command ends.
        reconcile.flush();
    }
}
