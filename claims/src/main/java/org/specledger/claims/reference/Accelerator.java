package org.specledger.claims.reference;

import java.util.List;
import java.util.Objects;

/**
 * One accelerator row of {@code accelerators.csv}.
 *
 * @param chip             canonical name ("Ascend 910C")
 * @param origin           {@code domestic} or {@code foreign}
 * @param hbmGb            memory per card in decimal GB, or null when unknown
 * @param denseBf16Tflops  dense FP16/BF16 peak in TFLOP/s, or null when no source gives it
 * @param year             year of first availability, or null
 * @param aliases          names as news write them, matched by {@link ReferenceData#accelerator(String)}
 * @param source           the public source of the figures, never blank
 */
public record Accelerator(String chip, String vendor, String origin, Double hbmGb, Double denseBf16Tflops,
                          Integer year, List<String> aliases, String source) {

    public Accelerator {
        Objects.requireNonNull(chip, "chip");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    public boolean domestic() {
        return "domestic".equalsIgnoreCase(origin);
    }

    /** Memory per card in bytes, or null. */
    public Double hbmBytes() {
        return hbmGb == null ? null : hbmGb * 1e9;
    }

    /** Dense peak in FLOP/s, or null. */
    public Double peakFlops() {
        return denseBf16Tflops == null ? null : denseBf16Tflops * 1e12;
    }
}
