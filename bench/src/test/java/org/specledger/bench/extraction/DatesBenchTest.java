package org.specledger.bench.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scoring of {@code bench dates} on a tiny folder of our own pages in the benchmark's layout. */
class DatesBenchTest {

    @Test
    void rightEmptyAndWrongAreCountedAsHtmldateCountsThemAndPagesWithoutGoldAreLeftOut(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("html"));
        page(dir, "a", "<html><head><meta property='article:published_time' content='2024-05-06T08:00:00+02:00'></head>"
                + "<body><p>Right: the meta tag gives the day.</p></body></html>");
        page(dir, "b", "<html><body><p>Empty: no date anywhere in this text.</p></body></html>");
        page(dir, "c", "<html><head><meta property='article:published_time' content='2024-05-07'></head>"
                + "<body><p>Wrong: the gold day differs.</p></body></html>");
        page(dir, "d", "<html><body><p>Not scored: no gold date.</p></body></html>");
        Files.writeString(dir.resolve("expected.json"), """
                {"a.html": {"date": "2024-05-06", "url": "https://news.example/2024/05/06/a"},
                 "b.html": {"date": "2024-05-06", "url": "https://news.example/b"},
                 "c.html": {"date": "2024-05-06", "url": "https://news.example/c"},
                 "d.html": {"date": null, "url": "https://news.example/d"}}""");

        DatesBench.Report r = DatesBench.run(dir, false, DatesBench.DEFAULT_NOW);

        assertThat(r.summary()).isEqualTo("dates: accuracy 0.333 (right 1, empty 1, wrong 1, pages 3)");
        assertThat(r.perPage()).contains("right a.html gold 2024-05-06", "empty b.html", "wrong c.html");
        // With the URL the empty page stays empty (its URL has no date) and the first stays right.
        assertThat(DatesBench.run(dir, true, DatesBench.DEFAULT_NOW).right()).isEqualTo(1);
    }

    private static void page(Path dir, String id, String html) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("html").resolve(id + ".html.gz")))) {
            out.write(html.getBytes(StandardCharsets.UTF_8));
        }
    }
}
