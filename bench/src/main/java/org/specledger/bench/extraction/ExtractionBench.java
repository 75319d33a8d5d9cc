package org.specledger.bench.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
 * Measures {@link ArticleExtractor} on the article-extraction benchmark (a directory laid out as
 * /work/shared/bench/article-extraction/README.md describes: {@code html/<id>.html.gz},
 * {@code ground-truth.json}, {@code peer-*.json}) and scores the two stored peers with the same scorer in
 * the same run, so the figures stand side by side.
 */
public final class ExtractionBench {

    /** The pages were fetched long before any run; a fixed instant keeps relative dates reproducible. */
    private static final Instant FETCHED_AT = Instant.parse("2020-06-01T00:00:00Z");

    /** One extractor's averages over the pages. */
    public record Figures(String name, double f1, double precision, double recall, int pages) {
    }

    /** One page's score for SpecLedger, to find the pages that cost most. */
    public record PageScore(String id, String url, double f1, double precision, double recall) {
    }

    /** SpecLedger beside the two peers, plus SpecLedger's per-page scores (worst first). */
    public record Report(Figures specLedger, Figures readabilityJs, Figures trafilatura, List<PageScore> pages) {

        /** A small fixed-width table of F1, precision and recall. */
        public String format() {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(Locale.ROOT, "%-16s %6s %9s %6s %5s%n", "extractor", "F1", "precision", "recall", "pages"));
            for (Figures f : List.of(specLedger, readabilityJs, trafilatura)) {
                if (f == null) {
                    continue;
                }
                sb.append(String.format(Locale.ROOT, "%-16s %6.3f %9.3f %6.3f %5d%n",
                        f.name(), f.f1(), f.precision(), f.recall(), f.pages()));
            }
            return sb.toString();
        }
    }

    private ExtractionBench() {
    }

    /**
     * Runs the benchmark.
     *
     * @param benchDir    the benchmark directory
     * @param outFileOrNull when not null, SpecLedger's output is written there as
     *                    {@code {id: {"articleBody": text, "url": url}}}
     * @throws UncheckedIOException when the directory is not a benchmark directory or a file cannot be read
     */
    public static Report run(Path benchDir, Path outFileOrNull) {
        ObjectMapper json = new ObjectMapper();
        Path truthFile = benchDir.resolve("ground-truth.json");
        if (!Files.isRegularFile(truthFile)) {
            throw new UncheckedIOException(new IOException(
                    "no ground-truth.json in " + benchDir + ": pass the article-extraction benchmark directory"));
        }
        try {
            JsonNode truth = json.readTree(truthFile.toFile());
            ArticleExtractor extractor = new ArticleExtractor();
            ObjectNode out = json.createObjectNode();
            List<ShingleScorer.PageCounts> ours = new ArrayList<>();
            List<PageScore> pages = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String id = e.getKey();
                String url = e.getValue().path("url").asText("");
                String html = readGzip(benchDir.resolve("html").resolve(id + ".html.gz"));
                Article article = extractor.extract(url, html, FETCHED_AT);
                ObjectNode entry = out.putObject(id);
                entry.put("articleBody", article.text());
                entry.put("url", url);
                ShingleScorer.PageCounts c = ShingleScorer.page(e.getValue().path("articleBody").asText(""), article.text());
                ours.add(c);
                ShingleScorer.Score one = ShingleScorer.score(List.of(c));
                pages.add(new PageScore(id, url, one.f1(), one.precision(), one.recall()));
            }
            pages.sort((a, b) -> Double.compare(a.f1(), b.f1()));
            if (outFileOrNull != null) {
                json.enable(SerializationFeature.INDENT_OUTPUT).writeValue(outFileOrNull.toFile(), out);
            }
            return new Report(
                    figures("SpecLedger", ShingleScorer.score(ours)),
                    peer(json, truth, benchDir.resolve("peer-readability_js.json"), "Readability.js"),
                    peer(json, truth, benchDir.resolve("peer-trafilatura.json"), "trafilatura"),
                    List.copyOf(pages));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A peer's stored output scored against the truth; a page it has no entry for counts as empty. */
    private static Figures peer(ObjectMapper json, JsonNode truth, Path file, String name) throws IOException {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        JsonNode output = json.readTree(file.toFile()).path("output");
        List<ShingleScorer.PageCounts> counts = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String extracted = output.path(e.getKey()).path("articleBody").asText("");
            counts.add(ShingleScorer.page(e.getValue().path("articleBody").asText(""), extracted));
        }
        return figures(name, ShingleScorer.score(counts));
    }

    private static Figures figures(String name, ShingleScorer.Score s) {
        return new Figures(name, s.f1(), s.precision(), s.recall(), s.pages());
    }

    private static String readGzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
