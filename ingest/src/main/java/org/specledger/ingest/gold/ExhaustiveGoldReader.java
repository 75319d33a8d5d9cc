package org.specledger.ingest.gold;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.specledger.claims.eval.ExhaustiveGold;
import org.specledger.claims.eval.ExhaustiveScorer;

/**
 * Reads exhaustive gold (the shape of {@code ../shared/bench/claims-real/gold.json}: {@code models} by id with
 * aliases, {@code documents} by id with {@code file} and {@code lang}, top-level {@code claims} and {@code wrong}
 * traps, each with {@code doc}, {@code model} (a string or a list), {@code attribute}, {@code value} or
 * {@code low}/{@code high}, {@code tol}, {@code precision}, {@code quote}). Parses only; no file is opened here.
 */
public final class ExhaustiveGoldReader {
    private ExhaustiveGoldReader() {
    }

    /** True when the gold file is exhaustive gold: {@code documents} an object and {@code claims} a top-level array. */
    public static boolean isExhaustive(JsonNode root) {
        return root != null && root.path("documents").isObject() && root.path("claims").isArray();
    }

    /** Reads the exhaustive gold from its JSON tree; a malformed entry is an {@link IOException} naming it. */
    public static ExhaustiveGold read(JsonNode root, Path goldFile) throws IOException {
        Map<String, ExhaustiveGold.GoldModel> models = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : root.path("models").properties()) {
            List<String> aliases = new ArrayList<>();
            e.getValue().path("aliases").forEach(a -> aliases.add(a.asText()));
            models.put(e.getKey(), new ExhaustiveGold.GoldModel(e.getKey(), GoldJson.text(e.getValue().get("org")), aliases));
        }
        Map<String, ExhaustiveGold.GoldDocument> docs = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : root.path("documents").properties()) {
            JsonNode d = e.getValue();
            String file = GoldJson.text(d.get("file"));
            if (file == null || file.isBlank()) {
                throw new IOException("the gold file " + goldFile + ": document " + e.getKey() + " has no \"file\"");
            }
            docs.put(e.getKey(), new ExhaustiveGold.GoldDocument(e.getKey(), file, GoldJson.text(d.get("lang")),
                    GoldJson.text(d.get("title"))));
        }
        return new ExhaustiveGold(models, docs, items(root.path("claims"), "claims", docs, goldFile),
                items(root.path("wrong"), "wrong", docs, goldFile));
    }

    private static List<ExhaustiveGold.Item> items(JsonNode array, String field,
                                                   Map<String, ExhaustiveGold.GoldDocument> docs, Path goldFile)
            throws IOException {
        List<ExhaustiveGold.Item> out = new ArrayList<>();
        int n = 0;
        for (JsonNode c : array) {
            String where = "the gold file " + goldFile + ": " + field + "[" + n++ + "]"
                    + (c.hasNonNull("id") ? " (" + c.get("id").asText() + ")" : "");
            String doc = GoldJson.text(c.get("doc"));
            if (doc == null || !docs.containsKey(doc)) {
                throw new IOException(where + " names document " + doc + ", which \"documents\" does not list");
            }
            String attribute = GoldJson.text(c.get("attribute"));
            if (attribute == null || attribute.isBlank()) {
                throw new IOException(where + " has no \"attribute\"");
            }
            List<String> models = new ArrayList<>();
            JsonNode m = c.get("model");
            if (m != null && m.isArray()) {
                m.forEach(x -> models.add(x.asText()));
            } else if (m != null && !m.isNull()) {
                models.add(m.asText());
            }
            Object value = GoldJson.value(c.get("value"));
            Double low = GoldJson.number(c.get("low"));
            Double high = GoldJson.number(c.get("high"));
            if (value == null && low == null && high == null) {
                throw new IOException(where + " has neither \"value\" nor \"low\"/\"high\"");
            }
            double tol = c.hasNonNull("tol") ? c.get("tol").asDouble() : ExhaustiveScorer.DEFAULT_TOLERANCE;
            out.add(new ExhaustiveGold.Item(GoldJson.text(c.get("id")), doc, models, attribute, value, low, high, tol,
                    GoldJson.text(c.get("precision")), GoldJson.text(c.get("quote")), GoldJson.text(c.get("why"))));
        }
        return out;
    }
}
