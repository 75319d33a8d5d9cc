package org.specledger.web.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.specledger.claims.Attributes;
import org.specledger.db.StoredConsensus;
import org.specledger.web.server.Links;

/**
 * Models × benchmarks: each cell the consensus score claimed for a model on a benchmark, its independent
 * source count, and whether a conflict flag stands on that (model, benchmark).
 *
 * @param benchmarks column names without the "benchmark:" prefix, sorted
 */
public record BenchmarkTable(List<String> benchmarks, List<Row> rows) {

    /** A model's row; {@code cells} aligned with {@link #benchmarks()}, null where nothing is claimed. */
    public record Row(String modelId, String modelName, List<Cell> cells) {
    }

    /** A claimed score; {@code href} leads to the claims on the spec sheet. */
    public record Cell(String value, String spread, int sources, int claims, String hedge, boolean conflict,
                       String href) {
    }

    /**
     * Builds the table.
     *
     * @param consensus     consensus rows whose attribute starts with "benchmark:"
     * @param names         model id → display name (the id is shown when missing)
     * @param conflicted    "modelId|attribute" of every conflict flag
     */
    public static BenchmarkTable of(List<StoredConsensus> consensus, Map<String, String> names, Set<String> conflicted) {
        TreeSet<String> benches = new TreeSet<>();
        Map<String, Map<String, StoredConsensus>> byModel = new LinkedHashMap<>();
        for (StoredConsensus c : consensus) {
            if (!c.attribute().startsWith(Attributes.BENCHMARK_PREFIX)) {
                continue;
            }
            String bench = c.attribute().substring(Attributes.BENCHMARK_PREFIX.length());
            benches.add(bench);
            byModel.computeIfAbsent(c.modelId(), k -> new LinkedHashMap<>()).put(bench, c);
        }
        List<String> columns = List.copyOf(benches);
        List<Row> rows = new ArrayList<>();
        byModel.forEach((modelId, cells) -> {
            List<Cell> row = new ArrayList<>();
            for (String b : columns) {
                StoredConsensus c = cells.get(b);
                row.add(c == null ? null : cell(c, conflicted.contains(modelId + "|" + c.attribute())));
            }
            rows.add(new Row(modelId, names.getOrDefault(modelId, modelId), row));
        });
        rows.sort((a, b) -> a.modelName().compareToIgnoreCase(b.modelName()));
        return new BenchmarkTable(columns, rows);
    }

    private static Cell cell(StoredConsensus c, boolean conflict) {
        String value = c.value() != null ? ClaimText.number(c.value())
                : c.low() != null || c.high() != null ? ClaimText.number(c.low()) + "–" + ClaimText.number(c.high()) : "?";
        String spread = c.spreadLow() != null && c.spreadHigh() != null && !c.spreadLow().equals(c.spreadHigh())
                ? ClaimText.number(c.spreadLow()) + "–" + ClaimText.number(c.spreadHigh()) : "";
        return new Cell(value, spread, c.independentSources(), c.claimCount(), c.hedge(), conflict,
                Links.modelAttribute(c.modelId(), c.attribute()));
    }
}
