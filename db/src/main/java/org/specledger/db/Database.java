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
 * The facade of the db module: opens (and migrates) the SQLite file in a data folder, or a PostgreSQL database
 * ({@link #connect}), and hands out the repositories, the same ones on both engines ({@link Dialect}). One instance per process; it holds no connection of its own, so it is safe to share.
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

    /** The environment variable that selects the database when {@code --db-url} is not given. */
    public static final String URL_ENV = "SPECLEDGER_DB_URL";
    /** The environment variables with PostgreSQL credentials (never on the command line, where {@code ps} shows them). */
    public static final String USER_ENV = "SPECLEDGER_DB_USER";
    public static final String PASSWORD_ENV = "SPECLEDGER_DB_PASSWORD";
    /** How long a PostgreSQL server may take to answer the first connection before start-up gives up. */
    private static final int PG_CONNECT_TIMEOUT_S = 10;
    /** Connections kept to PostgreSQL per process: the crawler's and the web server's threads share them. */
    private static final int PG_POOL_SIZE = 16;

    private final Path file;
    private final String location;
    private final Dialect dialect;
    private final DataSource dataSource;
    /**
     * Held open for the life of this object: when the last connection to a WAL database closes, SQLite
     * checkpoints and syncs the log (about 11 ms a time here), which made every short repository call slow.
     */
    private final Connection keeper;

    private final java.util.List<java.util.function.Consumer<Change>> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    private Database(Path file, String location, Dialect dialect, DataSource dataSource, Connection keeper) {
        this.file = file;
        this.location = location;
        this.dialect = dialect;
        this.dataSource = dataSource;
        this.keeper = keeper;
    }

    /**
     * Opens the database a URL names: null or blank means the embedded default ({@code dataDir/specledger.db}),
     * {@code jdbc:sqlite:FILE} a SQLite file, {@code jdbc:postgresql://host:port/db} a PostgreSQL database (user
     * and password from {@value #USER_ENV} and {@value #PASSWORD_ENV}, or the URL's {@code user=} parameter; a
     * password in the URL is refused). The schema is migrated to the newest version.
     *
     * @throws DatabaseUnavailableException with one line that says what to fix: an unknown URL, a password on the
     *                                      command line, a server that does not answer, wrong credentials
     */
    public static Database connect(String url, Path dataDir) throws DatabaseUnavailableException {
        if (url == null || url.isBlank()) {
            return open(dataDir);
        }
        String u = url.trim();
        if (u.startsWith("jdbc:sqlite:")) {
            String f = u.substring("jdbc:sqlite:".length());
            int q = f.indexOf('?');
            if (q >= 0) {
                f = f.substring(0, q);
            }
            if (f.isBlank() || f.startsWith(":memory")) {
                throw new DatabaseUnavailableException(null, "--db-url " + u + " names no file: use jdbc:sqlite:/path/to/specledger.db", null);
            }
            return openFile(Path.of(f));
        }
        if (u.startsWith("jdbc:postgresql:")) {
            return openPostgres(u, System.getenv(USER_ENV), System.getenv(PASSWORD_ENV));
        }
        throw new DatabaseUnavailableException(null, "unknown database URL '" + redact(u) + "': use"
                + " jdbc:postgresql://HOST:PORT/DB (credentials in " + USER_ENV + "/" + PASSWORD_ENV
                + ") or jdbc:sqlite:FILE, or leave --db-url out for the data folder's SQLite file", null);
    }

    /** Opens a PostgreSQL database; {@code user}/{@code password} may be null (then the URL's user, or none). */
    public static Database openPostgres(String url, String user, String password) throws DatabaseUnavailableException {
        String shown = redact(url);
        if (url.toLowerCase(java.util.Locale.ROOT).matches(".*[?&]password=.*")) {
            throw new DatabaseUnavailableException(null, "the database URL carries a password, which the process list"
                    + " shows to every user: remove it and set " + PASSWORD_ENV + " instead", null);
        }
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl(url);
        if (user != null && !user.isBlank()) {
            pool.setUsername(user);
        }
        if (password != null) {
            pool.setPassword(password);
        }
        pool.setPoolName("specledger-pg");
        pool.setMaximumPoolSize(PG_POOL_SIZE);
        pool.setMinimumIdle(1);
        pool.setConnectionTimeout(PG_CONNECT_TIMEOUT_S * 1000L);
        pool.addDataSourceProperty("connectTimeout", String.valueOf(PG_CONNECT_TIMEOUT_S));
        pool.addDataSourceProperty("ApplicationName", "specledger");
        HikariDataSource ds;
        try {
            ds = new HikariDataSource(pool);
        } catch (RuntimeException e) {
            throw new DatabaseUnavailableException(null, "cannot connect to PostgreSQL at " + shown + ": "
                    + rootMessage(e) + " (is the server running? check --db-url / " + URL_ENV + " and "
                    + USER_ENV + "/" + PASSWORD_ENV + ")", e);
        }
        try {
            Flyway.configure().dataSource(ds).locations(Dialect.POSTGRESQL.migrations()).load().migrate();
        } catch (FlywayException e) {
            ds.close();
            throw new DatabaseUnavailableException(null, "cannot migrate the database schema in " + shown + ": "
                    + e.getMessage(), e);
        }
        return new Database(null, shown, Dialect.POSTGRESQL, ds, null);
    }

    /** The URL without its query string, which may hold a user name. */
    private static String redact(String url) {
        int q = url.indexOf('?');
        return q < 0 ? url : url.substring(0, q);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return m.replaceAll("\\s+", " ").trim();
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
        return openFile(dir.resolve(FILE_NAME));
    }

    /** Opens (creating when missing) one SQLite file and migrates it; its folder must exist and be writable. */
    private static Database openFile(Path path) throws DatabaseUnavailableException {
        Path file = path.toAbsolutePath().normalize();
        if (file.getParent() != null && !Files.isDirectory(file.getParent())) {
            throw new DatabaseUnavailableException(file, "the folder of the database file " + file
                    + " does not exist: create it or fix --db-url", null);
        }
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
                    .locations(Dialect.SQLITE.migrations())
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
            return new Database(file, file.toString(), Dialect.SQLITE, pooled, pooled.getConnection());
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
            if (keeper != null) {
                keeper.close();
            }
            if (dataSource instanceof HikariDataSource h) {
                h.close();
            }
        } catch (SQLException e) {
            throw new StoreException("closing " + location + " failed: " + e.getMessage(), e);
        }
    }

    /** The SQLite file, or null on PostgreSQL. */
    public Path file() {
        return file;
    }

    /** Where the data lives, for messages: the SQLite file or the PostgreSQL URL without its parameters. */
    public String location() {
        return location;
    }

    public Dialect dialect() {
        return dialect;
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
        return new DocumentRepository(dataSource, dialect, this::publish);
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
        return new FrontierRepository(dataSource, dialect);
    }
}
