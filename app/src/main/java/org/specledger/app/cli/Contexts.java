package org.specledger.app.cli;

import java.nio.file.Path;
import org.specledger.db.DatabaseUnavailableException;
import org.specledger.index.IndexUnavailableException;
import org.specledger.app.AppContext;

/** Opens the data folder for a command, turning failures into one clear line. */
public final class Contexts {
    private Contexts() {
    }

    public static AppContext open(Path data) {
        return open(data, null, null, false);
    }

    /** The engines a command's shared options name (data folder, --db-url, --search-url). */
    public static AppContext open(Main.DataOption options) {
        return open(options, false);
    }

    /**
     * {@link #open(Main.DataOption)}; {@code allowEmptying}: whether an index may be emptied to match a database
     * without documents.
     */
    public static AppContext open(Main.DataOption options, boolean allowEmptying) {
        return open(options.data, options.dbUrl, options.searchUrl, allowEmptying);
    }

    private static AppContext open(Path data, String dbUrl, String searchUrl, boolean allowEmptying) {
        try {
            return AppContext.open(data, dbUrl, searchUrl, System.err, allowEmptying);
        } catch (DatabaseUnavailableException e) {
            throw new CliException(e.getMessage());
        } catch (IndexUnavailableException e) {
            throw new CliException(e.reason() == IndexUnavailableException.Reason.LOCKED
                    ? e.getMessage() + " (is `specledger serve` running on this data folder? stop it, or use another --data)"
                    : e.getMessage());
        }
    }
}
