package org.specledger.claims.reconcile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.specledger.claims.Attributes;
import org.specledger.claims.Claim;
import org.specledger.claims.FlagKind;
import org.specledger.claims.reference.Accelerator;

/**
 * Inconsistent: claims on different attributes of one model that cannot all hold. Each test reads the claims
 * in the way most favourable to them (range ends, tolerance), and runs only when every input is claimed.
 * <ul>
 *   <li>active parameters above total parameters (flag on {@code active_parameters});</li>
 *   <li>training tokens outside {@link #TOKEN_FACTOR} (10) times the range implied by the hardware:
 *       D = cards × peak FLOP/s × utilisation ({@link #MIN_UTILISATION}–{@link #MAX_UTILISATION}) × seconds
 *       ÷ (6 × N_active), the usual 6·N·D estimate of training compute (Kaplan et al. 2020, as used by Epoch AI);
 *       card-seconds from cards × duration, else from GPU hours; peak from the reference data of the consensus
 *       accelerator (flag on {@code training_tokens});</li>
 *   <li>weights at {@link #BYTES_PER_PARAMETER} (2, BF16) bytes per total parameter larger than the cluster's
 *       memory, cards × memory per card (claimed, else the chip's HBM) (flag on {@code total_parameters}).</li>
 * </ul>
 */
final class Arithmetic {
    static final double MIN_UTILISATION = 0.2;
    static final double MAX_UTILISATION = 0.6;
    static final double TOKEN_FACTOR = 10;
    static final double BYTES_PER_PARAMETER = 2;

    private Arithmetic() {
    }

    static List<Finding> check(ModelView v) {
        List<Finding> out = new ArrayList<>();
        activeAboveTotal(v, out);
        impliedTokens(v, out);
        weightsAboveMemory(v, out);
        return out;
    }

    private static void activeAboveTotal(ModelView v, List<Finding> out) {
        for (Claim a : v.claims(Attributes.ACTIVE_PARAMETERS)) {
            for (Claim t : v.claims(Attributes.TOTAL_PARAMETERS)) {
                double active = Plausibility.low(a);
                double total = Plausibility.high(t);
                if (!Double.isNaN(active) && !Double.isNaN(total)
                        && active > total * (1 + Agreement.RELATIVE_TOLERANCE)) {
                    out.add(new Finding(FlagKind.INCONSISTENT, Attributes.ACTIVE_PARAMETERS,
                            v.publisher(a) + " gives " + v.model() + " " + Wording.value(a)
                                    + " active parameters, more than the " + Wording.value(t)
                                    + " total parameters " + (v.publisher(a).equals(v.publisher(t)) ? "it also reports"
                                    : v.publisher(t) + " reports") + "; a model cannot activate more parameters than it has.",
                            List.of(a.id(), t.id())));
                }
            }
        }
    }

    private static void impliedTokens(ModelView v, List<Finding> out) {
        Optional<double[]> n = v.finite(Attributes.ACTIVE_PARAMETERS);
        Optional<Accelerator> chip = v.chip().filter(c -> c.peakFlops() != null);
        if (n.isEmpty() || chip.isEmpty() || v.claims(Attributes.TRAINING_TOKENS).isEmpty()) {
            return;
        }
        List<Long> inputs = new ArrayList<>();
        double[] cardSeconds;
        String hardware;
        Optional<double[]> cards = v.finite(Attributes.TRAINING_ACCELERATORS);
        Optional<double[]> seconds = v.finite(Attributes.TRAINING_DURATION);
        Optional<double[]> gpuHours = v.finite(Attributes.TRAINING_GPU_HOURS);
        if (cards.isPresent() && seconds.isPresent()) {
            cardSeconds = new double[] {cards.get()[0] * seconds.get()[0], cards.get()[1] * seconds.get()[1]};
            hardware = anchorWords(v, Attributes.TRAINING_ACCELERATORS) + " × "
                    + anchorWords(v, Attributes.TRAINING_DURATION);
            inputs.add(anchorId(v, Attributes.TRAINING_ACCELERATORS));
            inputs.add(anchorId(v, Attributes.TRAINING_DURATION));
        } else if (gpuHours.isPresent()) {
            cardSeconds = new double[] {gpuHours.get()[0] * 3600, gpuHours.get()[1] * 3600};
            hardware = anchorWords(v, Attributes.TRAINING_GPU_HOURS) + " × 3,600 s";
            inputs.add(anchorId(v, Attributes.TRAINING_GPU_HOURS));
        } else {
            return;
        }
        inputs.add(anchorId(v, Attributes.ACTIVE_PARAMETERS));
        v.chipClaim().ifPresent(s -> inputs.add(s.anchor().id()));
        Accelerator a = chip.get();
        double dMin = cardSeconds[0] * a.peakFlops() * MIN_UTILISATION / (6 * n.get()[1]);
        double dMax = cardSeconds[1] * a.peakFlops() * MAX_UTILISATION / (6 * n.get()[0]);
        for (Claim t : v.claims(Attributes.TRAINING_TOKENS)) {
            double lo = Plausibility.low(t);
            double hi = Plausibility.high(t);
            boolean tooMany = !Double.isNaN(lo) && lo > TOKEN_FACTOR * dMax;
            boolean tooFew = !Double.isNaN(hi) && hi < dMin / TOKEN_FACTOR;
            if (tooMany || tooFew) {
                List<Long> ids = new ArrayList<>(List.of(t.id()));
                inputs.stream().filter(id -> !ids.contains(id)).forEach(ids::add);
                out.add(new Finding(FlagKind.INCONSISTENT, Attributes.TRAINING_TOKENS, hardware + " × "
                        + Wording.plain(a.denseBf16Tflops()) + " TFLOP/s (" + a.chip() + "; source: " + Wording.citation(a.source())
                        + ") × " + pct(MIN_UTILISATION) + "–" + pct(MAX_UTILISATION) + " utilisation ÷ (6 × "
                        + anchorWords(v, Attributes.ACTIVE_PARAMETERS) + " active parameters) implies "
                        + Wording.range(Attributes.TRAINING_TOKENS, dMin, dMax) + " for " + v.model() + "; "
                        + v.publisher(t) + " claims " + Wording.value(t) + ", more than "
                        + Wording.plain(TOKEN_FACTOR) + " times " + (tooMany ? "above" : "below") + " that.", ids));
            }
        }
    }

    private static void weightsAboveMemory(ModelView v, List<Finding> out) {
        Optional<Tally.Settled> total = v.consensus(Attributes.TOTAL_PARAMETERS);
        if (total.isEmpty() || Double.isNaN(Plausibility.low(total.get().anchor()))) {
            return;
        }
        double weights = BYTES_PER_PARAMETER * Plausibility.low(total.get().anchor());
        Optional<double[]> claimedMemory = v.finite(Attributes.MEMORY_PER_ACCELERATOR);
        double perCard;
        String memoryWords;
        List<Long> inputs = new ArrayList<>(List.of(total.get().anchor().id()));
        if (claimedMemory.isPresent()) {
            perCard = claimedMemory.get()[1];
            memoryWords = anchorWords(v, Attributes.MEMORY_PER_ACCELERATOR) + " per card";
            inputs.add(anchorId(v, Attributes.MEMORY_PER_ACCELERATOR));
        } else if (v.chip().isPresent() && v.chip().get().hbmBytes() != null) {
            Accelerator a = v.chip().get();
            perCard = a.hbmBytes();
            memoryWords = Wording.quantity(Attributes.MEMORY_PER_ACCELERATOR, perCard) + " of HBM per " + a.chip()
                    + " (source: " + Wording.citation(a.source()) + ")";
            v.chipClaim().ifPresent(s -> inputs.add(s.anchor().id()));
        } else {
            return;
        }
        for (Claim c : v.claims(Attributes.TRAINING_ACCELERATORS)) {
            double cards = Plausibility.high(c);
            if (Double.isNaN(cards)) {
                continue;
            }
            double memory = cards * perCard * (1 + Agreement.RELATIVE_TOLERANCE);
            if (weights > memory) {
                List<Long> ids = new ArrayList<>(List.of(c.id()));
                inputs.stream().filter(id -> !ids.contains(id)).forEach(ids::add);
                out.add(new Finding(FlagKind.INCONSISTENT, Attributes.TOTAL_PARAMETERS, "The weights of " + v.model()
                        + " alone, 2 bytes × " + Wording.value(total.get().anchor()) + " parameters = "
                        + Wording.quantity(Attributes.MEMORY_PER_ACCELERATOR, weights) + ", exceed the memory of the "
                        + "cluster " + v.publisher(c) + " reports: " + Wording.value(c) + " × " + memoryWords + " = "
                        + Wording.quantity(Attributes.MEMORY_PER_ACCELERATOR, cards * perCard) + ".", ids));
            }
        }
    }

    private static long anchorId(ModelView v, String attribute) {
        return v.consensus(attribute).orElseThrow().anchor().id();
    }

    private static String anchorWords(ModelView v, String attribute) {
        return Wording.value(v.consensus(attribute).orElseThrow().anchor());
    }

    private static String pct(double f) {
        return Wording.plain(f * 100) + " %";
    }
}
