package org.specledger.db.contract;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.specledger.db.Database;

/** The repository contract on the embedded engine: a SQLite file in a fresh data folder. */
class SqliteRepositoryContractTest extends RepositoryContract {
    @TempDir
    Path dir;

    @Override
    protected Database openFresh() throws Exception {
        return Database.connect(null, dir);
    }
}
