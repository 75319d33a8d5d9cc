package org.specledger.ingest.gold;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.specledger.claims.Claim;
import org.specledger.claims.eval.EvaluationReport;
import org.specledger.claims.eval.GoldClaim;
import org.specledger.claims.eval.GoldEvaluator;
import org.specledger.claims.extract.ClaimExtractor;
import org.specledger.article.Article;
import org.specledger.article.ArticleExtractor;

/**
 * {@code specledger eval}: reads a gold file (SPEC_SCHEMA claim shape, {@code {"documents":[{"file", "claims":[…]}]}}),
 * runs each listed page through the same article and claim extraction as an import, and scores the claims.
 * A match is the same model or alias, the same attribute and a value within {@link GoldEvaluator#TOLERANCE}.
 */
public final class GoldRun {
    private GoldRun() {
    }

    /**
     * @param gold  the gold file
     * @param pages the pages to score; empty means every file the gold lists, beside the gold file
     * @throws IOException when the gold file or a page cannot be read; the message names the file
     */
    public static EvaluationReport run(Path gold, List<Path> pages) throws IOException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readString(gold));
        } catch (IOException e) {
            throw new IOException("cannot read the gold file " + gold + ": " + e.getMessage(), e);
        }
        if (root == null || !root.path("documents").isArray()) {
            throw new IOException("the gold file " + gold + " has no \"documents\" array");
        }
        Map<String, Path> wanted = new LinkedHashMap<>();
        for (Path p : pages) {
            wanted.put(p.getFileName().toString(), p);
        }
        ClaimExtractor claims = ClaimExtractor.withDefaults();
        ArticleExtractor articles = new ArticleExtractor();
        Map<String, List<GoldClaim>> expected = new LinkedHashMap<>();
        Map<String, List<Claim>> extracted = new LinkedHashMap<>();
        for (JsonNode d : root.path("documents")) {
            String file = d.path("file").asText();
            Path page = pages.isEmpty() ? gold.resolveSibling(file) : wanted.get(file);
            if (page == null) {
                continue;
            }
            if (!Files.isRegularFile(page)) {
                throw new IOException("the gold file lists " + file + ", but " + page + " does not exist");
            }
            List<GoldClaim> gs = new ArrayList<>();
            for (JsonNode c : d.path("claims")) {
                gs.add(new GoldClaim(c.path("model").asText(), c.path("attribute").asText(), GoldJson.value(c.get("value")),
                        GoldJson.number(c.get("low")), GoldJson.number(c.get("high")), GoldJson.text(c.get("precision")),
                        GoldJson.text(c.get("hedge"))));
            }
            expected.put(file, gs);
            Article a = articles.extract(page.toUri().toString(), Files.readAllBytes(page), "text/html", Instant.now());
            extracted.put(file, claims.extract(a.text(), localDate(a.publishedAt()), a.title()));
        }
        return new GoldEvaluator(claims.catalog()).evaluate(expected, extracted);
    }

    private static LocalDate localDate(String iso) {
        try {
            return iso == null || iso.length() < 10 ? null : LocalDate.parse(iso.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
