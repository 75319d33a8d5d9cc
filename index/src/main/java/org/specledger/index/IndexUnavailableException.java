package org.specledger.index;

import java.nio.file.Path;

/**
 * The index could not be opened. The message says what is wrong and how to fix it; for a missing or corrupt index
 * that is {@code specledger reindex}, which rebuilds it from the database.
 */
public final class IndexUnavailableException extends Exception {

    /** Why the index cannot be used. */
    public enum Reason {
        /** No index at the location (first start, or the folder was removed). */
        MISSING,
        /** Files are there but cannot be read. */
        CORRUPT,
        /** Another process holds the index's write lock. */
        LOCKED,
        /** The folder cannot be read or written. */
        IO
    }

    private final Path location;
    private final Reason reason;

    public IndexUnavailableException(Path location, Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.location = location;
        this.reason = reason;
    }

    public Path location() {
        return location;
    }

    public Reason reason() {
        return reason;
    }
}
