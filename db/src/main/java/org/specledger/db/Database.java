package org.specledger.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The facade of the db module: opens (and migrates) the SQLite file in a data folder and hands out the
 * repositories. One instance per process; it holds no connection of its own, so it is safe to share.
 *
 * <p>Settings, and why: WAL journal so that readers never block on the one writer; {@code foreign_keys=ON}
 * because SQLite leaves them off by default; {@code busy_timeout} of 30 s so that a second writer waits for
 * the first instead of failing with SQLITE_BUSY; {@code synchronous=NORMAL}, which in WAL mode is still
 * crash-safe for the database (a power loss may lose the last transactions, never corrupt).
 */
public final class Database implements AutoCloseable {
    /** The database file's name inside the data folder. */
    public static final String FILE_NAME = "specledger.db";
    private static final int BUSY_TIMEOUT_MS = 30_000;
    /** Connections kept: SQLite has one writer, and readers in WAL mode run beside it. */
    private static final int POOL_SIZE = 16;

    private final Path file;
    private final DataSource dataSource;
    /**
     * Held open for the life of this object: when the last connection to a WAL database closes, SQLite
     * checkpoints and syncs the log (about 11 ms a time here), which made every short repository call slow.
     */
    private final Connection keeper;

    private final java.util.List<java.util.function.Consumer<Change>> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    private Database(Path file, DataSource dataSource, Connection keeper) {
        this.file = file;
        this.dataSource = dataSource;
        this.keeper = keeper;
    }

    /**
     * Opens {@code dataDir/specledger.db}, creating the folder and the file when missing, and migrates the
     * schema to the newest version.
     *
     * @throws DatabaseUnavailableException with a message that says what to change
     */
    public static Database open(Path dataDir) throws DatabaseUnavailableException {
        Path dir = dataDir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new DatabaseUnavailableException(dir, "cannot create the data folder " + dir + ": " + e.getMessage()
                    + " (choose another with --data DIR)", e);
        }
        if (!Files.isWritable(dir)) {
            throw new DatabaseUnavailableException(dir, "the data folder " + dir + " is not writable (choose another with --data DIR)", null);
        }
        Path file = dir.resolve(FILE_NAME);
        if (Files.exists(file) && !Files.isWritable(file)) {
            throw new DatabaseUnavailableException(file, "the database file " + file + " is not writable", null);
        }
        refuseEmptyFile(file);
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        // BEGIN IMMEDIATE: a transaction that reads before it writes (save a document) would otherwise fail at
        // once with SQLITE_BUSY when another connection committed in between, busy_timeout or not (SQLite
        // "isolation": a deferred reader cannot upgrade a stale snapshot). Seen with the crawler's parallel ingest.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl("jdbc:sqlite:" + file);
        try (Connection c = ds.getConnection(); var st = c.createStatement()) {
            // Reading the schema fails fast on a file that is not a SQLite database.
            st.execute("SELECT count(*) FROM sqlite_master");
            refuseForeignSchema(file, c);
        } catch (SQLException e) {
            throw new DatabaseUnavailableException(file, "the database file " + file
                    + " cannot be read (" + e.getMessage() + "); it may be corrupt or not a SQLite file: move it away"
                    + " and re-import, or point --data at another folder", e);
        }
        try {
            Flyway.configure()
                    .dataSource(ds)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new DatabaseUnavailableException(file, "cannot migrate the database schema in " + file + ": "
                    + e.getMessage(), e);
        }
        // A pool: opening a SQLite connection re-runs every pragma above (journal_mode among them, which takes a
        // lock), and under a writer each web request paid for that; pooled connections are opened once.
        HikariConfig pool = new HikariConfig();
        pool.setDataSource(ds);
        pool.setPoolName("specledger-db");
        pool.setMaximumPoolSize(POOL_SIZE);
        pool.setMinimumIdle(1);
        pool.setConnectionTimeout(BUSY_TIMEOUT_MS);
        try {
            HikariDataSource pooled = new HikariDataSource(pool);
            return new Database(file, pooled, pooled.getConnection());
        } catch (SQLException | RuntimeException e) {
            throw new DatabaseUnavailableException(file, "cannot open the database file " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * A database file that exists but holds no bytes is a truncated copy or a failed disk far more often than a
     * new database: SQLite would open it as an empty one, and the next start would then empty the index too.
     * Refused, unless its write-ahead log holds the content (a fresh database killed before its first checkpoint).
     */
    private static void refuseEmptyFile(Path file) throws DatabaseUnavailableException {
        try {
            if (Files.exists(file) && Files.size(file) == 0) {
                Path wal = file.resolveSibling(file.getFileName() + "-wal");
                if (Files.exists(wal) && Files.size(wal) > 0) {
                    return;
                }
                throw new DatabaseUnavailableException(file, "the database file " + file + " exists but is empty"
                        + " (0 bytes): a truncated copy or a failed disk? SpecLedger will not start over on it."
                        + " Restore it from a backup, or delete it to begin a new, empty ledger", null);
            }
        } catch (IOException e) {
            throw new DatabaseUnavailableException(file, "cannot read the database file " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * A SQLite file with tables but without Flyway's history table is some other program's database: migrating
     * it would add SpecLedger's tables beside (or fail on) data that is not ours.
     */
    private static void refuseForeignSchema(Path file, Connection c) throws SQLException, DatabaseUnavailableException {
        java.util.List<String> tables = new java.util.ArrayList<>();
        boolean history = false;
        try (var st = c.createStatement(); var rs = st.executeQuery(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")) {
            while (rs.next()) {
                String name = rs.getString(1);
                history |= name.equals("flyway_schema_history");
                tables.add(name);
            }
        }
        if (!tables.isEmpty() && !history) {
            throw new DatabaseUnavailableException(file, "the database file " + file + " is not a SpecLedger database"
                    + " (it holds the tables " + String.join(", ", tables.subList(0, Math.min(5, tables.size())))
                    + (tables.size() > 5 ? ", …" : "") + "): point --data at another folder", null);
        }
    }

    /** Releases the connection this object holds; repositories obtained from it must not be used afterwards. */
    @Override
    public void close() {
        try {
            keeper.close();
            if (dataSource instanceof HikariDataSource h) {
                h.close();
            }
        } catch (SQLException e) {
            throw new StoreException("closing " + file + " failed: " + e.getMessage(), e);
        }
    }

    public Path file() {
        return file;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /**
     * Registers a listener told of every committed change to documents and reconciliation results, on the
     * writing thread, after the commit. Listeners must be quick and must not throw.
     */
    public void onChange(java.util.function.Consumer<Change> listener) {
        listeners.add(listener);
    }

    /** Unregisters a listener of {@link #onChange}. */
    public void removeChangeListener(java.util.function.Consumer<Change> listener) {
        listeners.remove(listener);
    }

    private void publish(Change change) {
        for (var l : listeners) {
            l.accept(change);
        }
    }

    public DocumentRepository documents() {
        return new DocumentRepository(dataSource, this::publish);
    }

    public DocumentDateRepository documentDates() {
        return new DocumentDateRepository(dataSource);
    }

    public ClaimRepository claims() {
        return new ClaimRepository(dataSource);
    }

    public ModelRepository models() {
        return new ModelRepository(dataSource);
    }

    public FlagRepository flags() {
        return new FlagRepository(dataSource, this::publish);
    }

    public SourceRepository sources() {
        return new SourceRepository(dataSource);
    }

    public FrontierRepository frontier() {
        return new FrontierRepository(dataSource);
    }
}
