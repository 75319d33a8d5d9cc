package org.specledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.specledger.ingest.RawPage;
import org.specledger.db.Database;
import org.specledger.db.DatabaseUnavailableException;
import org.specledger.index.lucene.LuceneSearchIndex;
import org.specledger.app.cli.Main;

/**
 * Issue 14, item 11: a zero-byte {@code specledger.db} (a truncated copy, a failed disk) was opened as a new
 * database and the index then "rebuilt" to empty, destroying the last copy of the text.
 */
class DataFolderSafetyTest {
    @TempDir
    Path data;

    private void storeOnePage() throws Exception {
        try (AppContext app = AppContext.open(data, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))) {
            String html = "<html><head><title>Orchid-7 notes</title></head><body><article><p>The Orchid-7 model was"
                    + " trained on a cluster of domestic accelerators over several weeks, its makers said.</p></article></body></html>";
            app.ingester().ingest(new RawPage("https://news.example/orchid", html.getBytes(StandardCharsets.UTF_8),
                    "text/html", Instant.now(), null, false));
        }
    }

    private long indexed() throws Exception {
        try (LuceneSearchIndex index = LuceneSearchIndex.open(data.resolve(AppContext.INDEX_DIR))) {
            return index.count();
        }
    }

    private void replaceDatabase(byte[] content) throws Exception {
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(data.resolve(Database.FILE_NAME + suffix));
        }
        if (content != null) {
            Files.write(data.resolve(Database.FILE_NAME), content);
        }
    }

    @Test
    void aZeroByteDatabaseRefusesToStartAndLeavesTheIndexAlone() throws Exception {
        storeOnePage();
        assertThat(indexed()).isEqualTo(1);
        replaceDatabase(new byte[0]);

        assertThatThrownBy(() -> AppContext.open(data)).isInstanceOf(DatabaseUnavailableException.class)
                .hasMessageContaining("is empty (0 bytes)");
        assertThat(Main.run("serve", "--data", data.toString(), "--port", "0")).isEqualTo(2);
        assertThat(Files.size(data.resolve(Database.FILE_NAME))).isZero();
        assertThat(indexed()).as("the index still holds the text").isEqualTo(1);
    }

    @Test
    void aNewEmptyDatabaseBesideAFullIndexNeedsReindexForce() throws Exception {
        storeOnePage();
        replaceDatabase(null); // a database that went missing: a new, empty one is created

        assertThatThrownBy(() -> AppContext.open(data)).isInstanceOf(DatabaseUnavailableException.class)
                .hasMessageContaining("refusing to empty the index").hasMessageContaining("reindex --force");
        assertThat(indexed()).isEqualTo(1);
        assertThat(Main.run("reindex", "--data", data.toString())).isEqualTo(2);
        assertThat(indexed()).isEqualTo(1);

        assertThat(Main.run("reindex", "--data", data.toString(), "--force")).isZero();
        assertThat(indexed()).isZero();
    }
}
