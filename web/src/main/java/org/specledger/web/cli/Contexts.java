package org.specledger.web.cli;

import java.nio.file.Path;
import org.specledger.db.DatabaseUnavailableException;
import org.specledger.web.app.AppContext;

/** Opens the data folder for a command, turning failures into one clear line. */
final class Contexts {
    private Contexts() {
    }

    static AppContext open(Path data) {
        try {
            return AppContext.open(data);
        } catch (DatabaseUnavailableException e) {
            throw new CliException(e.getMessage());
        }
    }
}
