package org.specledger.app.cli;

import java.net.BindException;
import org.specledger.db.DatabaseUnavailableException;

/** Turns an exception into the one line a user reads. */
final class Failures {
    private Failures() {
    }

    static String describe(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CliException || t instanceof DatabaseUnavailableException) {
                return t.getMessage();
            }
            if (t instanceof BindException) {
                return "the port is already in use (" + t.getMessage() + "); choose another with --port N";
            }
        }
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }
}
