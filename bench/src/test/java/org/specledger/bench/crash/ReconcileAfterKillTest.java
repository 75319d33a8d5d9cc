package org.specledger.bench.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.specledger.db.Database;
import org.sqlite.SQLiteDataSource;

/**
 * Issue 14, item 10: the models waiting for reconciliation were kept only in memory, so an import killed with
 * SIGKILL after storing documents, followed by a re-import (which finds every stored page unchanged), left the
 * touched models without consensus or flags. The marks are now committed with each document and drained at
 * start: the ledger after kill + re-import must equal the one an uninterrupted import of the same pages gives.
 */
class ReconcileAfterKillTest {
    static final int PAGES = 120;

    @TempDir
    Path tmp;

    @Test
    void killedImportThenReimportReconcilesLikeAnUninterruptedImport() throws Exception {
        Path corpus = tmp.resolve("corpus");
        Path data = tmp.resolve("data");
        CrashSafetyTest.writeCorpus(corpus, PAGES, 0x5EEDL);
        Path log = tmp.resolve("killed.log");
        Process p = CrashSafetyTest.startImport(data, corpus, log);
        boolean exited = CrashSafetyTest.waitForProgress(p, log, PAGES / 2);
        assertThat(exited).as("the import is still running when it is killed").isFalse();
        p.destroyForcibly();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();

        Set<String> stored = new HashSet<>(column(data, "SELECT url FROM documents"));
        assertThat(stored.size()).as("documents stored before the kill").isBetween(1, PAGES - 1);
        assertThat(column(data, CONSENSUS)).as("the killed run never reconciled").isEmpty();
        assertThat(column(data, "SELECT model_id FROM dirty_models")).as("marks left by the killed run").isNotEmpty();
        // Keep only the pages that were stored: the re-import then finds every page unchanged, and only the
        // marks left in the database can tell it which models still need reconciling.
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path f : files.toList()) {
                if (!stored.contains(f.toAbsolutePath().normalize().toUri().toString())) {
                    Files.delete(f);
                }
            }
        }
        Path again = tmp.resolve("again.log");
        Process re = CrashSafetyTest.startImport(data, corpus, again);
        assertThat(re.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(re.exitValue()).as(Files.readString(again)).isZero();
        assertThat(Files.readString(again)).contains("0 new");

        Path reference = tmp.resolve("reference");
        Path refLog = tmp.resolve("reference.log");
        Process ref = CrashSafetyTest.startImport(reference, corpus, refLog);
        assertThat(ref.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(ref.exitValue()).as(Files.readString(refLog)).isZero();

        List<String> consensus = column(reference, CONSENSUS);
        assertThat(consensus).as("the reference has consensus rows").isNotEmpty();
        assertThat(column(data, CONSENSUS)).as("consensus after kill + re-import").isEqualTo(consensus);
        assertThat(column(data, FLAGS)).as("flags after kill + re-import").isEqualTo(column(reference, FLAGS));
        assertThat(column(data, "SELECT model_id FROM dirty_models")).as("models still waiting").isEmpty();
    }

    /** Consensus rows without ids or times (claim ids differ between the two databases). */
    static final String CONSENSUS = "SELECT model_id || '|' || attribute || '|' || kind || '|' || COALESCE(value, '')"
            + " || '|' || COALESCE(low, '') || '|' || COALESCE(high, '') || '|' || COALESCE(text_value, '') || '|'"
            + " || independent_sources || '|' || claim_count || '|' || hedge FROM consensus ORDER BY model_id, attribute";
    static final String FLAGS = "SELECT f.natural_key || '|' || f.reason || '|' || (SELECT count(*) FROM flag_claims fc"
            + " WHERE fc.flag_id = f.id) FROM flags f ORDER BY f.natural_key";

    private static List<String> column(Path data, String sql) throws Exception {
        SQLiteDataSource ds = new SQLiteDataSource();
        ds.setUrl("jdbc:sqlite:" + data.resolve(Database.FILE_NAME));
        List<String> out = new ArrayList<>();
        try (Connection c = ds.getConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
