package org.specledger.app.engines;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.specledger.app.cli.Main;

/** A wrong engine URL, or an engine that does not answer, stops a command at start with one line saying what to fix. */
class EngineUrlErrorsTest {
    @TempDir
    Path dir;

    private String[] run(String... args) {
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = Main.run(args);
        } finally {
            System.setErr(saved);
        }
        String text = err.toString(StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("WARNING"))
                .reduce("", (a, b) -> a + b + "\n");
        return new String[] {Integer.toString(code), text};
    }

    @Test
    void badDatabaseUrlsAreRefusedInOneLine() {
        String[] r = run("reindex", "--data", dir.toString(), "--db-url", "mysql://db.example/ledger");
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[1]).hasLineCount(1).contains("unknown database URL").contains("jdbc:postgresql://");

        r = run("reindex", "--data", dir.toString(), "--db-url", "jdbc:postgresql://127.0.0.1:5432/x?user=a&password=secret");
        assertThat(r[1]).hasLineCount(1).contains("SPECLEDGER_DB_PASSWORD").doesNotContain("secret");

        r = run("reindex", "--data", dir.toString(), "--db-url", "jdbc:postgresql://127.0.0.1:1/ledger");
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[1]).hasLineCount(1).contains("cannot connect to PostgreSQL").contains("is the server running");
    }

    @Test
    void badSearchUrlsAreRefusedInOneLine() {
        String[] r = run("reindex", "--data", dir.toString(), "--search-url", "solr://search.example");
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[1]).hasLineCount(1).contains("unknown search URL");

        r = run("reindex", "--data", dir.toString(), "--search-url", "http://127.0.0.1:1");
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[1]).hasLineCount(1).contains("cannot reach the search cluster").contains("connection refused");

        r = run("reindex", "--data", dir.toString(), "--search-url", "http://admin:pw@127.0.0.1:9200");
        assertThat(r[1]).hasLineCount(1).contains("SPECLEDGER_SEARCH_PASSWORD");
    }
}
