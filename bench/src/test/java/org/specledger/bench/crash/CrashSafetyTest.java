package org.specledger.bench.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.specledger.claims.extract.ClaimExtractor;
import org.specledger.db.Database;
import org.specledger.index.Hit;
import org.specledger.index.SearchRequest;
import org.specledger.index.lucene.LuceneSearchIndex;
import org.specledger.app.AppContext;
import org.sqlite.SQLiteDataSource;
import org.specledger.bench.ArticleCorpus;
import org.specledger.app.cli.Main;

/**
 * Kills {@code specledger import} with SIGKILL at random moments, restarts it, and finally lets it finish: the
 * data folder must then hold every page exactly once, each document with exactly the claims its text gives, and
 * an intact SQLite file. This is what a user whose laptop died mid-import relies on: run the import again and
 * the ledger is whole.
 */
class CrashSafetyTest {
    static final int PAGES = 300;

    @TempDir
    Path tmp;

    @Test
    void importKilledTwentyTimesThenFinishedLeavesAWholeLedger() throws Exception {
        killRestartAndCheck(20, 0xC0FFEEL);
    }

    @Test
    @Tag("long")
    void importKilledOneHundredTimesThenFinishedLeavesAWholeLedger() throws Exception {
        killRestartAndCheck(100, 0xBADC0DEL);
    }

    private void killRestartAndCheck(int kills, long seed) throws Exception {
        Path corpus = tmp.resolve("corpus");
        Path data = tmp.resolve("data");
        // A first import that finishes (and commits the index), then a bigger one that is killed again and again:
        // what was stored before a kill must still end up searchable.
        writeCorpus(corpus, PAGES / 3, seed);
        Process first = startImport(data, corpus, tmp.resolve("first.log"));
        assertThat(first.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(first.exitValue()).as(Files.readString(tmp.resolve("first.log"))).isZero();
        writeCorpus(corpus, PAGES, seed);
        Random rnd = new Random(seed);
        int killedMidway = 0;
        int killedMidImport = 0;
        for (int i = 0; i < kills; i++) {
            long before = storedDocuments(data);
            Path log = tmp.resolve("run-" + i + ".log");
            Process p = startImport(data, corpus, log);
            boolean exited;
            if (i % 3 == 0) {
                // A random moment: from "still starting the JVM" or migrating the schema to "into the import".
                exited = p.waitFor(200 + rnd.nextInt(2_000), TimeUnit.MILLISECONDS);
            } else {
                // A random point among the pages not stored yet (the import goes through files in name order,
                // so the first `before` are the stored ones): the kill lands while new documents are written.
                long target = before + 1 + rnd.nextInt((int) Math.max(1, (PAGES - before) / 6));
                exited = waitForProgress(p, log, target);
            }
            if (!exited) {
                p.destroyForcibly();
                killedMidway++;
            }
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("killed process %d exits", i).isTrue();
            long after = storedDocuments(data);
            if (!exited && after > before && after < PAGES) {
                killedMidImport++;
            }
        }
        // Kills must land with the import part done, where a half-written transaction could be left.
        assertThat(killedMidImport).as("kills that landed mid-import").isGreaterThanOrEqualTo(kills / 4);
        // Without kills landing mid-import the test would prove nothing.
        assertThat(killedMidway).isGreaterThanOrEqualTo(kills / 2);
        Path last = tmp.resolve("final.log");
        Process p = startImport(data, corpus, last);
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).as("the final import finishes").isTrue();
        assertThat(p.exitValue()).as(Files.readString(last)).isZero();
        assertThat(Files.readString(last)).contains("0 failed");
        assertLedgerIsWhole(data);
    }

    /**
     * Pages 0..n-1; every third one without spec sentences, so without claims: such a document is never touched
     * again by reconciliation, which is what shows whether the index lost it.
     */
    static void writeCorpus(Path dir, int n, long seed) throws IOException {
        List<Path> files = new ArticleCorpus(seed).write(dir, n);
        ArticleCorpus prose = ArticleCorpus.proseOnly(seed);
        for (int i = 0; i < n; i += 3) {
            Files.writeString(files.get(i), prose.html(i));
        }
    }

    private static void assertLedgerIsWhole(Path data) throws Exception {
        Database db = Database.open(data);
        try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement()) {
            assertThat(one(st, "PRAGMA integrity_check")).isEqualTo("ok");
            assertThat(one(st, "PRAGMA foreign_key_check")).as("foreign key violations").isNull();
            assertThat(Long.parseLong(one(st, "SELECT count(*) FROM documents"))).as("documents").isEqualTo(PAGES);
            assertThat(Long.parseLong(one(st, "SELECT count(DISTINCT url) FROM documents"))).as("distinct urls").isEqualTo(PAGES);
            assertThat(Long.parseLong(one(st, "SELECT count(DISTINCT content_hash) FROM documents"))).isEqualTo(PAGES);
            assertThat(Long.parseLong(one(st, "SELECT count(*) FROM documents WHERE superseded_at IS NOT NULL"))).isZero();
            assertThat(Long.parseLong(one(st, "SELECT count(*) FROM claims WHERE document_id NOT IN (SELECT id FROM documents)")))
                    .as("claims without a document").isZero();
        }
        ClaimExtractor extractor = ClaimExtractor.withDefaults();
        List<String> problems = new ArrayList<>();
        db.documents().forEachLive(doc -> {
            int stored = db.claims().byDocument(doc.id()).size();
            int expected = extractor.extract(doc.text(), localDate(doc.publishedAt()), doc.title()).size();
            if (stored != expected) {
                problems.add(doc.url() + ": " + stored + " claims stored, its text gives " + expected);
            }
        });
        assertThat(problems).as("documents whose claims were half-written").isEmpty();
        Set<Long> stored = new TreeSet<>();
        db.documents().forEachLive(d -> stored.add(d.id()));
        db.close();
        // The index is derived, but a user searches it: after the final run it must hold exactly the stored documents.
        try (LuceneSearchIndex index = LuceneSearchIndex.open(data.resolve(AppContext.INDEX_DIR))) {
            Set<Long> indexed = new TreeSet<>();
            for (Hit h : index.search(SearchRequest.of(null).withPage(0, SearchRequest.MAX_LIMIT)).hits()) {
                indexed.add(h.documentId());
            }
            assertThat(index.count()).as("documents in the index").isEqualTo(stored.size());
            assertThat(indexed).as("document ids in the index").isEqualTo(stored);
        }
    }

    /** Documents stored so far, read without migrating (the schema may not exist yet), or 0. */
    private static long storedDocuments(Path data) {
        Path file = data.resolve(Database.FILE_NAME);
        if (!Files.exists(file)) {
            return 0;
        }
        SQLiteDataSource ds = new SQLiteDataSource();
        ds.setUrl("jdbc:sqlite:" + file);
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            String n = one(st, "SELECT count(*) FROM documents");
            return n == null ? 0 : Long.parseLong(n);
        } catch (SQLException noSchemaYet) {
            return 0;
        }
    }

    private static final Pattern PROGRESS = Pattern.compile("(\\d+)/(\\d+)\\s*$");

    /**
     * Waits until the child's progress bar ("importing [###   ] n/total" on stderr) shows at least {@code target}
     * files done; true when the process exited first. Gives up after a minute (then it is killed anyway).
     */
    static boolean waitForProgress(Process p, Path log, long target) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (p.waitFor(5, TimeUnit.MILLISECONDS)) {
                return true;
            }
            String out = Files.readString(log);
            int cr = out.lastIndexOf('\r');
            Matcher m = PROGRESS.matcher(cr < 0 ? out : out.substring(cr + 1));
            if (m.find() && Long.parseLong(m.group(1)) >= target) {
                return false;
            }
        }
        return false;
    }

    private static String one(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static LocalDate localDate(String iso) {
        try {
            return iso == null || iso.length() < 10 ? null : LocalDate.parse(iso.substring(0, 10));
        } catch (RuntimeException e) {
            return null;
        }
    }

    static Process startImport(Path data, Path corpus, Path log) throws IOException {
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "import", "--data", data.toString(), corpus.toString());
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }
}
