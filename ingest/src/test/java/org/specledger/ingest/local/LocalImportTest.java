package org.specledger.ingest.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.specledger.claims.extract.ClaimExtractor;
import org.specledger.article.ArticleExtractor;
import org.specledger.ingest.Ingester;
import org.specledger.db.Database;

/**
 * The pooled import must be indistinguishable from a one-file-at-a-time import: the same report (failures in
 * file order), the same documents stored in the same order, the same progress bar, and idempotent.
 */
class LocalImportTest {
    @TempDir
    Path tmp;

    static final ClaimExtractor CLAIMS = ClaimExtractor.withDefaults();

    static String page(int i) {
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Model news " + i + "</title>"
                + "<meta property=\"article:published_time\" content=\"2026-03-02T08:00:00Z\"></head><body><article>"
                + "<h1>Model news " + i + "</h1><p>DeepSeek said DeepSeek-V3 has " + (600 + i) + " billion parameters"
                + " and a context window of 128K tokens.</p><p>Kimi K2 has 1 trillion parameters, Moonshot AI said in"
                + " story number " + i + ".</p></article></body></html>";
    }

    /** 40 files: articles, an empty file, a binary file, a broken gzip and a duplicate text under another name. */
    Path corpus() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("corpus"));
        for (int i = 0; i < 36; i++) {
            Files.writeString(dir.resolve(String.format("a%03d.html", i)), page(i), StandardCharsets.UTF_8);
        }
        Files.write(dir.resolve("a010-empty.html"), new byte[0]);
        Files.write(dir.resolve("a020-binary.html"), new byte[] {0, 1, 2, 3, 0, 0});
        Files.writeString(dir.resolve("a030-broken.html.gz"), "not gzip", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("b-copy.txt"), "Kimi K2 has 1 trillion parameters.\n", StandardCharsets.UTF_8);
        return dir;
    }

    record Run(ImportReport report, List<String> stored, String bar) {
    }

    Run importWith(Path dir, String name, int threads) throws Exception {
        try (Database db = Database.open(tmp.resolve(name))) {
            Ingester ingester = new Ingester(db, new ArticleExtractor(), CLAIMS);
            ByteArrayOutputStream bar = new ByteArrayOutputStream();
            ImportReport report = new LocalImport(ingester, new PrintStream(bar, true, StandardCharsets.UTF_8), threads)
                    .run(List.of(dir, tmp.resolve("missing")));
            List<String> stored = new ArrayList<>();
            db.documents().forEachLive(d -> stored.add(d.id() + " " + d.url() + " " + d.contentHash() + " "
                    + db.claims().byDocument(d.id()).size()));
            ImportReport again = new LocalImport(ingester, null, threads).run(List.of(dir));
            assertThat(again.created()).isZero();
            assertThat(again.unchanged()).isEqualTo(report.created());
            assertThat(again.failures()).isEqualTo(report.failures().subList(1, report.failures().size()));
            return new Run(report, stored, bar.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void pooledImportMatchesAOneThreadImport() throws Exception {
        Path dir = corpus();
        Run one = importWith(dir, "one", 1);
        Run pooled = importWith(dir, "pooled", 4);
        assertThat(one.report().created()).isEqualTo(37);
        assertThat(one.report().failures()).extracting(ImportReport.Failure::path).containsExactly(
                tmp.resolve("missing").toString(), dir.resolve("a010-empty.html").toString(),
                dir.resolve("a020-binary.html").toString(), dir.resolve("a030-broken.html.gz").toString());
        assertThat(pooled.report()).isEqualTo(one.report());
        assertThat(pooled.stored()).isEqualTo(one.stored()).hasSize(37);
        assertThat(one.stored()).allSatisfy(s -> assertThat(s).doesNotEndWith(" 0"));
        assertThat(pooled.bar()).isEqualTo(one.bar()).contains("] 40/40");
    }

    @Test
    void refusesZeroThreads() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new LocalImport(null, null, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1");
    }
}
