package org.specledger.claims.reconcile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.specledger.claims.Attributes;
import org.specledger.claims.Claim;
import org.specledger.claims.FlagKind;
import org.specledger.claims.reference.Accelerator;
import org.specledger.claims.reference.SupplyEstimate;
import org.specledger.claims.reference.TrainingCluster;

/**
 * Implausible: a claim beyond what the reference data allows. Each test reads a claim at its most modest
 * (the low end of a range or bound), so only a claim that cannot be true however read is flagged.
 * <ul>
 *   <li>a training cluster more than {@link #CLUSTER_FACTOR} (10) times the largest built cluster;</li>
 *   <li>a training cluster of a domestic chip (the model's consensus accelerator_model) larger than all the
 *       cards of that chip ever estimated to be produced;</li>
 *   <li>memory per card more than {@link Agreement#RELATIVE_TOLERANCE} above the chip's HBM.</li>
 * </ul>
 */
final class Plausibility {
    /** How many times the largest built cluster a claimed cluster may be before it is implausible. */
    static final double CLUSTER_FACTOR = 10;

    private Plausibility() {
    }

    static List<Finding> check(ModelView v) {
        List<Finding> out = new ArrayList<>();
        Optional<Accelerator> chip = v.chip();
        Optional<Claim> chipClaim = v.chipClaim().map(Tally.Settled::anchor);
        Optional<TrainingCluster> largest = v.ref().largestBuiltCluster();
        for (Claim c : v.claims(Attributes.TRAINING_ACCELERATORS)) {
            double cards = low(c);
            if (Double.isNaN(cards)) {
                continue;
            }
            String claimed = v.publisher(c) + " puts the training cluster of " + v.model() + " at "
                    + Wording.value(c);
            String claimedChip = chip.map(a -> v.publisher(c) + " puts the training cluster of " + v.model() + " at "
                    + Wording.value(c).replace(" cards", " " + a.chip() + " cards")).orElse(claimed);
            if (largest.isPresent() && cards > CLUSTER_FACTOR * largest.get().chips()) {
                TrainingCluster t = largest.get();
                out.add(new Finding(FlagKind.IMPLAUSIBLE, c.attribute(), claimed + ", "
                        + Wording.plain(cards / t.chips()) + " times the largest training cluster publicly reported"
                        + " to exist (" + t.cluster() + ", " + t.operator() + ", about "
                        + Wording.grouped(t.chips()) + " " + t.accelerator() + "; source: " + Wording.citation(t.source())
                        + "); the bound is " + Wording.plain(CLUSTER_FACTOR) + " times that.", List.of(c.id())));
            }
            if (chip.isPresent() && chip.get().domestic()) {
                Optional<Long> supply = v.ref().cumulativeSupply(chip.get());
                if (supply.isPresent() && cards > supply.get()) {
                    List<Long> ids = new ArrayList<>(List.of(c.id()));
                    chipClaim.ifPresent(k -> ids.add(k.id()));
                    String rows = v.ref().supplyOf(chip.get()).stream().map(Plausibility::supplyRow)
                            .collect(Collectors.joining(" + "));
                    out.add(new Finding(FlagKind.IMPLAUSIBLE, c.attribute(), claimedChip
                            + ": " + Wording.grouped(cards) + " ÷ "
                            + Wording.grouped(supply.get()) + " = " + Wording.plain(cards / supply.get())
                            + " times the estimated cumulative production of the " + chip.get().chip() + " ("
                            + Wording.grouped(supply.get()) + " cards = " + rows + ").", ids));
                }
            }
        }
        if (chip.isPresent() && chip.get().hbmBytes() != null) {
            Accelerator a = chip.get();
            for (Claim c : v.claims(Attributes.MEMORY_PER_ACCELERATOR)) {
                double mem = low(c);
                if (!Double.isNaN(mem) && mem > a.hbmBytes() * (1 + Agreement.RELATIVE_TOLERANCE)) {
                    List<Long> ids = new ArrayList<>(List.of(c.id()));
                    chipClaim.ifPresent(k -> ids.add(k.id()));
                    out.add(new Finding(FlagKind.IMPLAUSIBLE, c.attribute(), v.publisher(c) + " gives each "
                            + a.chip() + " card used for " + v.model() + " " + Wording.value(c) + " of memory, but the "
                            + a.chip() + " carries " + Wording.quantity(Attributes.MEMORY_PER_ACCELERATOR,
                            a.hbmBytes()) + " of HBM (source: " + Wording.citation(a.source()) + ").", ids));
                }
            }
        }
        return out;
    }

    private static String supplyRow(SupplyEstimate s) {
        return Wording.grouped(s.units()) + " in " + s.year() + " (" + s.basis() + ", " + Wording.citation(s.source()) + ")";
    }

    /** The least a numeric claim asserts, or NaN when it sets no lower end. */
    static double low(Claim c) {
        double[] i = Agreement.interval(c);
        return i == null || Double.isInfinite(i[0]) ? Double.NaN : i[0];
    }

    /** The most a numeric claim asserts, or NaN when it sets no upper end. */
    static double high(Claim c) {
        double[] i = Agreement.interval(c);
        return i == null || Double.isInfinite(i[1]) ? Double.NaN : i[1];
    }
}
