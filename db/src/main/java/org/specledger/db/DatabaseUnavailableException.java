package org.specledger.db;

import java.nio.file.Path;

/**
 * The database cannot be opened: the folder is not writable, the file is not a SQLite database, or the
 * schema cannot be migrated. The message is meant for the person running the command.
 */
public class DatabaseUnavailableException extends Exception {
    private final Path path;

    public DatabaseUnavailableException(Path path, String message, Throwable cause) {
        super(message, cause);
        this.path = path;
    }

    public Path path() {
        return path;
    }
}
