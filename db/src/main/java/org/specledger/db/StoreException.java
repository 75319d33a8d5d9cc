package org.specledger.db;

/** A database operation failed; the message says which and on what, the cause says why. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
