package org.specledger.db.contract;

import java.nio.file.Path;
import org.specledger.db.Database;
import org.specledger.db.Dialect;
import org.specledger.db.ScratchPostgres;

/** The repository contract on PostgreSQL: a fresh database per test on the server {@code ./test.sh} started. */
class PostgresRepositoryContractTest extends RepositoryContract {
    private String url;

    @Override
    protected Database openFresh() throws Exception {
        url = ScratchPostgres.create();
        Database d = Database.connect(url, Path.of("unused"));
        org.assertj.core.api.Assertions.assertThat(d.dialect()).isEqualTo(Dialect.POSTGRESQL);
        return d;
    }

    @Override
    protected void dispose() {
        if (url != null) {
            ScratchPostgres.drop(url);
        }
    }
}
