package org.specledger.claims;

import java.util.Map;
import java.util.Set;

/**
 * The attribute names of SPEC_SCHEMA.md and the kind of value each one takes. Benchmarks are open-ended:
 * any {@code benchmark:<name>} is a number on the benchmark's own scale.
 */
public final class Attributes {
    public static final String TOTAL_PARAMETERS = "total_parameters";
    public static final String ACTIVE_PARAMETERS = "active_parameters";
    public static final String CONTEXT_LENGTH = "context_length";
    public static final String TRAINING_TOKENS = "training_tokens";
    public static final String TRAINING_COMPUTE = "training_compute";
    public static final String TRAINING_ACCELERATORS = "training_accelerators";
    public static final String ACCELERATOR_MODEL = "accelerator_model";
    public static final String ACCELERATOR_ORIGIN = "accelerator_origin";
    public static final String MEMORY_PER_ACCELERATOR = "memory_per_accelerator";
    public static final String TRAINING_DURATION = "training_duration";
    public static final String TRAINING_GPU_HOURS = "training_gpu_hours";
    public static final String RELEASE_DATE = "release_date";
    public static final String OPEN_WEIGHTS = "open_weights";
    public static final String ORGANIZATION = "organization";
    public static final String API_FREE_QUOTA = "api_free_quota";
    public static final String TRAINING_COST_USD = "training_cost_usd";
    public static final String BENCHMARK_PREFIX = "benchmark:";

    private static final Map<String, ValueKind> KINDS = Map.ofEntries(
            Map.entry(TOTAL_PARAMETERS, ValueKind.NUMBER),
            Map.entry(ACTIVE_PARAMETERS, ValueKind.NUMBER),
            Map.entry(CONTEXT_LENGTH, ValueKind.NUMBER),
            Map.entry(TRAINING_TOKENS, ValueKind.NUMBER),
            Map.entry(TRAINING_COMPUTE, ValueKind.NUMBER),
            Map.entry(TRAINING_ACCELERATORS, ValueKind.NUMBER),
            Map.entry(ACCELERATOR_MODEL, ValueKind.TEXT),
            Map.entry(ACCELERATOR_ORIGIN, ValueKind.ENUM),
            Map.entry(MEMORY_PER_ACCELERATOR, ValueKind.NUMBER),
            Map.entry(TRAINING_DURATION, ValueKind.NUMBER),
            Map.entry(TRAINING_GPU_HOURS, ValueKind.NUMBER),
            Map.entry(RELEASE_DATE, ValueKind.DATE),
            Map.entry(OPEN_WEIGHTS, ValueKind.BOOLEAN),
            Map.entry(ORGANIZATION, ValueKind.TEXT),
            Map.entry(API_FREE_QUOTA, ValueKind.NUMBER),
            Map.entry(TRAINING_COST_USD, ValueKind.NUMBER));

    /** The allowed values of {@code accelerator_origin}. */
    public static final Set<String> ORIGINS = Set.of("domestic", "foreign", "mixed");

    private Attributes() {
    }

    /** True for a schema attribute or any {@code benchmark:<name>} with a non-empty lower_snake/kebab name. */
    public static boolean isKnown(String attribute) {
        return attribute != null && (KINDS.containsKey(attribute) || isBenchmark(attribute));
    }

    public static boolean isBenchmark(String attribute) {
        return attribute != null && attribute.startsWith(BENCHMARK_PREFIX)
                && attribute.length() > BENCHMARK_PREFIX.length()
                && attribute.substring(BENCHMARK_PREFIX.length()).matches("[a-z0-9][a-z0-9_.-]*");
    }

    /** The value kind of an attribute; throws IllegalArgumentException for an unknown one. */
    public static ValueKind kindOf(String attribute) {
        if (isBenchmark(attribute)) {
            return ValueKind.NUMBER;
        }
        ValueKind k = KINDS.get(attribute);
        if (k == null) {
            throw new IllegalArgumentException("unknown attribute '" + attribute + "'");
        }
        return k;
    }

    /** The schema attributes (benchmarks excluded), for listings and validation messages. */
    public static Set<String> schemaAttributes() {
        return KINDS.keySet();
    }
}
