package org.specledger.claims.reference;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The reviewed reference tables (accelerators, training clusters, supply of domestic chips) and look-ups over them.
 * {@link #load()} reads the CSV files shipped beside this class (see their README.md); tests build one from rows.
 * Immutable and thread-safe.
 */
public final class ReferenceData {
    /** The classpath folder of the CSV tables. */
    public static final String RESOURCE_DIR = "/org/specledger/claims/reference/";

    private final List<Accelerator> accelerators;
    private final List<TrainingCluster> clusters;
    private final List<SupplyEstimate> supply;
    private final Map<String, Accelerator> byKey = new HashMap<>();

    /** Reference data from the given rows; alias keys that two chips share are an error. */
    public ReferenceData(List<Accelerator> accelerators, List<TrainingCluster> clusters, List<SupplyEstimate> supply) {
        this.accelerators = List.copyOf(accelerators);
        this.clusters = List.copyOf(clusters);
        this.supply = List.copyOf(supply);
        for (Accelerator a : this.accelerators) {
            List<String> names = new ArrayList<>(a.aliases());
            names.add(a.chip());
            for (String n : names) {
                String k = ChipNames.key(n);
                Accelerator prev = byKey.putIfAbsent(k, a);
                if (prev != null && prev != a) {
                    throw new IllegalArgumentException("chip alias '" + n + "' names both " + prev.chip()
                            + " and " + a.chip() + ": remove it from one row of accelerators.csv");
                }
            }
        }
    }

    /** Parses the three tables shipped on the classpath. */
    public static ReferenceData load() {
        return new ReferenceData(
                accelerators(table("accelerators.csv")),
                clusters(table("clusters.csv")),
                supply(table("supply.csv")));
    }

    /** Parses {@code accelerators.csv} content (the caller owns the stream). */
    public static List<Accelerator> parseAccelerators(InputStream in) {
        return accelerators(CsvTable.parse("accelerators.csv", in));
    }

    /** Parses {@code clusters.csv} content. */
    public static List<TrainingCluster> parseClusters(InputStream in) {
        return clusters(CsvTable.parse("clusters.csv", in));
    }

    /** Parses {@code supply.csv} content. */
    public static List<SupplyEstimate> parseSupply(InputStream in) {
        return supply(CsvTable.parse("supply.csv", in));
    }

    private static CsvTable table(String file) {
        InputStream in = ReferenceData.class.getResourceAsStream(RESOURCE_DIR + file);
        if (in == null) {
            throw new IllegalStateException("reference table " + RESOURCE_DIR + file
                    + " is not on the classpath: rebuild the claims module");
        }
        return CsvTable.parse(file, in);
    }

    private static List<Accelerator> accelerators(CsvTable t) {
        List<Accelerator> out = new ArrayList<>();
        for (Map<String, String> r : t.rows()) {
            String aliases = r.getOrDefault("aliases", "");
            out.add(new Accelerator(r.get("chip"), r.get("vendor"), r.get("origin"),
                    CsvTable.decimal(r, "hbm_gb"), CsvTable.decimal(r, "dense_bf16_tflops"),
                    CsvTable.integer(r, "year"),
                    aliases.isEmpty() ? List.of() : Arrays.stream(aliases.split("\\|")).map(String::strip).toList(),
                    r.get("source")));
        }
        return out;
    }

    private static List<TrainingCluster> clusters(CsvTable t) {
        List<TrainingCluster> out = new ArrayList<>();
        for (Map<String, String> r : t.rows()) {
            out.add(new TrainingCluster(r.get("cluster"), r.get("operator"), r.get("accelerator"),
                    Long.parseLong(r.get("chips")), CsvTable.integer(r, "year"), r.get("status"), r.get("source")));
        }
        return out;
    }

    private static List<SupplyEstimate> supply(CsvTable t) {
        List<SupplyEstimate> out = new ArrayList<>();
        for (Map<String, String> r : t.rows()) {
            out.add(new SupplyEstimate(r.get("chip"), Integer.parseInt(r.get("year")),
                    Long.parseLong(r.get("units")), r.get("basis"), r.get("source")));
        }
        return out;
    }

    public List<Accelerator> accelerators() {
        return accelerators;
    }

    public List<TrainingCluster> clusters() {
        return clusters;
    }

    public List<SupplyEstimate> supply() {
        return supply;
    }

    /**
     * The accelerator a name refers to: "910C", "Ascend 910C", "昇腾910C", "Huawei Ascend 910C NPUs" and "H800 GPUs"
     * all resolve. Case, spaces, hyphens, vendor words and a trailing GPU/NPU/chip/card are ignored.
     */
    public Optional<Accelerator> accelerator(String name) {
        return Optional.ofNullable(byKey.get(ChipNames.key(name)));
    }

    /** The largest cluster reported as built (planned ones do not bound what exists), if any. */
    public Optional<TrainingCluster> largestBuiltCluster() {
        return clusters.stream().filter(TrainingCluster::built)
                .max(Comparator.comparingLong(TrainingCluster::chips).thenComparing(TrainingCluster::cluster));
    }

    /** The supply rows of one chip, by year. */
    public List<SupplyEstimate> supplyOf(Accelerator chip) {
        String k = chip.chip().toLowerCase(Locale.ROOT);
        return supply.stream().filter(s -> s.chip().toLowerCase(Locale.ROOT).equals(k))
                .sorted(Comparator.comparingInt(SupplyEstimate::year)).toList();
    }

    /** Cumulative cards of a chip over all supply rows, or empty when no row names it. */
    public Optional<Long> cumulativeSupply(Accelerator chip) {
        List<SupplyEstimate> rows = supplyOf(chip);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.stream().mapToLong(SupplyEstimate::units).sum());
    }
}
