package org.specledger.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * A fresh, empty PostgreSQL database per test on the server that {@code ./test.sh} (or
 * {@code scripts/dev-cluster start}) started: {@value #ENV} names it. Without that variable the PostgreSQL half of
 * the contract suite is skipped, unless {@value #REQUIRE_ENV}=1 (as {@code ./test.sh} sets), when it fails.
 */
public final class ScratchPostgres {
    /** The server's URL, e.g. {@code jdbc:postgresql://127.0.0.1:5433/specledger?user=specledger}. */
    public static final String ENV = "SPECLEDGER_TEST_DB_URL";
    /** Set to 1 to fail instead of skipping when a scale-out engine is not configured. */
    public static final String REQUIRE_ENV = "SPECLEDGER_TEST_REQUIRE_BACKENDS";

    private ScratchPostgres() {
    }

    /** The server URL, or aborts (skips) the test when none is configured and none is required. */
    public static String serverUrl() {
        String url = System.getenv(ENV);
        if (url == null || url.isBlank()) {
            if ("1".equals(System.getenv(REQUIRE_ENV))) {
                throw new IllegalStateException(ENV + " is not set but " + REQUIRE_ENV + "=1: start PostgreSQL with"
                        + " scripts/dev-cluster start DIR and export the printed URL as " + ENV);
            }
            Assumptions.abort("PostgreSQL not configured: set " + ENV + " (./test.sh starts a server and sets it)");
        }
        return url;
    }

    /** Creates an empty database and returns its URL (same server, same parameters). */
    public static String create() {
        String server = serverUrl();
        String name = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection c = DriverManager.getConnection(server); var st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a scratch database on " + server + ": " + e.getMessage(), e);
        }
        int q = server.indexOf('?');
        String base = q < 0 ? server : server.substring(0, q);
        String params = q < 0 ? "" : server.substring(q);
        return base.substring(0, base.lastIndexOf('/') + 1) + name + params;
    }

    /** Drops a database made by {@link #create()}, closing what is still connected to it. */
    public static void drop(String url) {
        String server = serverUrl();
        String base = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
        String name = base.substring(base.lastIndexOf('/') + 1);
        try (Connection c = DriverManager.getConnection(server); var st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop " + name + ": " + e.getMessage(), e);
        }
    }
}
