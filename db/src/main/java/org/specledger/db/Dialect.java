package org.specledger.db;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The few places where SQLite and PostgreSQL need different SQL. Everything else is written once in SQL both
 * accept ({@code INSERT … ON CONFLICT}, {@code RETURNING}, {@code CAST(? AS TEXT) IS NULL}), so that there is one
 * repository per table rather than one per table and engine: the repositories are mostly reads that the two
 * engines answer alike, and two copies of them would drift.
 */
public enum Dialect {
    /** The embedded default: one file, one writer at a time (BEGIN IMMEDIATE). */
    SQLITE("classpath:db/migration"),
    /** Several processes on several machines: row locks, SKIP LOCKED, advisory locks. */
    POSTGRESQL("classpath:db/postgresql");

    private final String migrations;

    Dialect(String migrations) {
        this.migrations = migrations;
    }

    /**
     * The Flyway location of this engine's migrations. Version numbers are shared: V2 on one engine means the same
     * schema change as V2 on the other.
     */
    public String migrations() {
        return migrations;
    }

    /**
     * Serialises writers of one URL until the transaction ends. SQLite transactions already run one at a time
     * (BEGIN IMMEDIATE); on PostgreSQL two workers storing the same page at once would both see "not stored yet"
     * under READ COMMITTED, and the second would fail on the unique key instead of finding the first one's row.
     */
    void lockKey(Connection c, String key) throws SQLException {
        if (this == POSTGRESQL) {
            try (var ps = c.prepareStatement("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))")) {
                ps.setString(1, key);
                ps.executeQuery().close();
            }
        }
    }

    /** The origin (scheme://host[:port]) of a normalized URL column, as an SQL expression. */
    String originOf(String column) {
        return switch (this) {
            case SQLITE -> "substr(" + column + ", 1, instr(" + column + ", '://') + 1 + instr(substr(" + column
                    + ", instr(" + column + ", '://') + 3), '/'))";
            case POSTGRESQL -> "substring(" + column + " from '^[^:/]+://[^/]+')";
        };
    }
}
