package org.specledger.claims.numbers;

/** What a number counts, as far as the words right after it say; values are already in the canonical unit. */
public enum Unit {
    /** A bare number, possibly with a scale ("671B", "2.4 trillion", "320亿"). */
    NONE,
    /** "parameters", "params", 参数 written right after the number. */
    PARAMETERS,
    /** Tokens ("256K-token", "14.8 trillion tokens"). */
    TOKENS,
    /** Bytes ("96 GB" = 96e9, "64 GiB" = 64·2^30). */
    BYTES,
    /** Seconds ("six weeks", "30 days"). */
    SECONDS,
    /** Accelerator-hours ("2.788M H800 GPU hours", 卡时). */
    GPU_HOURS,
    /** Floating-point operations ("3.8e24 FLOPs"). */
    FLOP,
    /** Accelerators ("2,048 H800 GPUs", "8192 Ascend NPUs", "a cluster of 3 – 4 thousand cards", 张卡). */
    ACCELERATORS,
    /** Percent ("about 3 %"), value on 0–100. */
    PERCENT,
    /** A factor ("10–30×", "5 times"). */
    TIMES,
    /** Money ("$5.6M", "20亿元"): never a model spec. {@link Quantity#currency()} says which money. */
    CURRENCY,
    /**
     * Any other measure ("640bhp", "50 mph", "10kW", "1.5mm", "3 kg", "20°C", "5 公里"), named by
     * {@link Quantity#unitName()}; the value is as written (scale applied, unit not converted).
     */
    MEASURE
}
