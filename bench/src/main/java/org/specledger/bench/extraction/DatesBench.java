package org.specledger.bench.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.specledger.article.Article;
import org.specledger.article.ArticleExtractor;

/**
 * Measures the publication dates {@link ArticleExtractor} finds on the publication-date benchmark (a directory
 * laid out as /work/shared/bench/publication-dates/README.md describes: {@code html/<id>.html.gz} and
 * {@code expected.json}), scored as htmldate scores itself: a page is right when the first ten characters of
 * the date equal the gold day, empty when no date is found, wrong otherwise (a month alone is wrong). Pages
 * without a gold date are left out. The bytes are decoded as a crawler would (charset as served, sniffed).
 */
public final class DatesBench {

    /** The default "now": fixed so that runs repeat; it only bounds future dates and resolves relative ones. */
    public static final Instant DEFAULT_NOW = Instant.parse("2026-12-01T00:00:00Z");

    /** One page's outcome. */
    public record Page(String id, String url, String gold, String found, String source, Verdict verdict) {
    }

    public enum Verdict { RIGHT, EMPTY, WRONG }

    /** The figures and each page's outcome, in the file's order. */
    public record Report(int right, int empty, int wrong, List<Page> pages) {

        public int scored() {
            return right + empty + wrong;
        }

        public double accuracy() {
            return scored() == 0 ? 0 : right / (double) scored();
        }

        /** The one-line summary: {@code dates: accuracy A (right R, empty E, wrong W, pages N)}. */
        public String summary() {
            return String.format(Locale.ROOT, "dates: accuracy %.3f (right %d, empty %d, wrong %d, pages %d)",
                    accuracy(), right, empty, wrong, scored());
        }

        /** One line per page: verdict, id, gold day, what was found and its source. */
        public String perPage() {
            StringBuilder sb = new StringBuilder();
            for (Page p : pages) {
                sb.append(String.format(Locale.ROOT, "%-5s %s gold %s found %s (%s)%s%n", p.verdict().name().toLowerCase(Locale.ROOT),
                        p.id(), p.gold(), p.found() == null ? "-" : p.found(), p.source(), p.url() == null ? "" : " " + p.url()));
            }
            return sb.toString();
        }
    }

    private DatesBench() {
    }

    /**
     * Runs the benchmark.
     *
     * @param benchDir the benchmark directory
     * @param withUrl  whether the extractor is told the page's URL (htmldate's comparison gives the HTML only)
     * @param now      the fetch time the extractor is told
     * @throws UncheckedIOException when the directory is not a benchmark directory or a file cannot be read
     */
    public static Report run(Path benchDir, boolean withUrl, Instant now) {
        Path expected = benchDir.resolve("expected.json");
        if (!Files.isRegularFile(expected)) {
            throw new UncheckedIOException(new IOException(
                    "no expected.json in " + benchDir + ": pass the publication-dates benchmark directory"));
        }
        try {
            JsonNode gold = new ObjectMapper().readTree(expected.toFile());
            ArticleExtractor extractor = new ArticleExtractor();
            List<Page> pages = new ArrayList<>();
            int right = 0;
            int empty = 0;
            int wrong = 0;
            for (Iterator<Map.Entry<String, JsonNode>> it = gold.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode date = e.getValue().get("date");
                if (date == null || date.isNull() || date.asText("").isBlank()) {
                    continue;
                }
                String day = date.asText();
                String url = e.getValue().path("url").asText(null);
                byte[] bytes = readGzip(benchDir.resolve("html").resolve(e.getKey() + ".gz"));
                Article a = extractor.extract(withUrl ? url : null, bytes, null, now);
                String found = a.publishedAt();
                Verdict v;
                if (found == null || found.isBlank()) {
                    v = Verdict.EMPTY;
                    empty++;
                } else if (found.length() >= 10 && found.substring(0, 10).equals(day)) {
                    v = Verdict.RIGHT;
                    right++;
                } else {
                    v = Verdict.WRONG;
                    wrong++;
                }
                pages.add(new Page(e.getKey(), url, day, found, a.publishedSource(), v));
            }
            return new Report(right, empty, wrong, List.copyOf(pages));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] readGzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        }
    }
}
