/**
 * The system of record: a SQLite database (WAL, foreign keys on) whose schema comes only from the Flyway
 * migrations in {@code db/migration}, and plain-JDBC repositories over it. {@link org.specledger.db.Database}
 * is the facade.
 */
package org.specledger.db;
