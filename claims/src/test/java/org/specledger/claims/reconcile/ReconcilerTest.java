package org.specledger.claims.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.specledger.claims.reconcile.Fixtures.doc;
import static org.specledger.claims.reconcile.Fixtures.number;
import static org.specledger.claims.reconcile.Fixtures.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.specledger.claims.Attributes;
import org.specledger.claims.Claim;
import org.specledger.claims.Flag;
import org.specledger.claims.FlagKind;
import org.specledger.claims.Hedge;
import org.specledger.claims.Model;
import org.specledger.claims.reference.ReferenceData;

class ReconcilerTest {
    private static final String K3 = "Kimi K3";
    private final Reconciler reconciler = new Reconciler(ReferenceData.load());

    private static final List<DocInfo> FOUR = List.of(doc(1, "Reuters", "2026-03-03"), doc(2, "Caixin", "2026-03-04"),
            doc(3, "SCMP", "2026-03-05"), doc(4, "The Register", "2026-03-06"));

    private static List<Flag> of(ReconcileResult r, FlagKind kind) {
        return r.flags().stream().filter(f -> f.kind() == kind).toList();
    }

    private static Consensus consensus(ReconcileResult r, String attribute) {
        return r.consensus().stream().filter(c -> c.attribute().equals(attribute)).findFirst().orElseThrow();
    }

    @Test
    void compatibleReportsRaiseNoFlagAndCountTheirSources() {
        ReconcileResult r = reconciler.reconcile(FOUR, List.of(
                number(1, 1, K3, Attributes.TOTAL_PARAMETERS, null, 1e12, null, Hedge.REPORTED),
                number(2, 2, K3, Attributes.TOTAL_PARAMETERS, 2.4e12),
                number(3, 1, K3, Attributes.CONTEXT_LENGTH, 256_000.0),
                number(4, 3, K3, Attributes.CONTEXT_LENGTH, 262_144.0),
                number(5, 2, K3, Attributes.MEMORY_PER_ACCELERATOR, 64e9),
                number(6, 4, K3, Attributes.MEMORY_PER_ACCELERATOR, 64.0 * (1L << 30))));
        assertThat(r.flags()).isEmpty();
        Consensus total = consensus(r, Attributes.TOTAL_PARAMETERS);
        assertThat(total.value()).isEqualTo(2.4e12);
        assertThat(total.independentSources()).isEqualTo(2);
        assertThat(total.claimCount()).isEqualTo(2);
        assertThat(total.hedge()).isEqualTo(Hedge.STATED);
        assertThat(total.spreadLow()).isEqualTo(1e12);
        assertThat(total.spreadHigh()).isEqualTo(2.4e12);
        assertThat(total.supportingClaimIds()).containsExactly(1L, 2L);
        assertThat(consensus(r, Attributes.CONTEXT_LENGTH).independentSources()).isEqualTo(2);
    }

    @Test
    void independentReportsOfDifferentFiguresConflictAndTheReasonNamesThem() {
        ReconcileResult r = reconciler.reconcile(FOUR, List.of(
                number(1, 1, K3, Attributes.TOTAL_PARAMETERS, 1.2e12),
                number(2, 2, K3, Attributes.TOTAL_PARAMETERS, 1.2e12),
                number(3, 3, K3, Attributes.TOTAL_PARAMETERS, 2.4e12, null, null, Hedge.RUMOURED),
                text(4, 1, K3, Attributes.OPEN_WEIGHTS, "true"),
                text(5, 4, K3, Attributes.OPEN_WEIGHTS, "false")));
        List<Flag> conflicts = of(r, FlagKind.CONFLICT);
        assertThat(conflicts).extracting(Flag::attribute)
                .containsExactly(Attributes.OPEN_WEIGHTS, Attributes.TOTAL_PARAMETERS);
        Flag params = conflicts.get(1);
        assertThat(params.claimIds()).containsExactly(1L, 2L, 3L);
        assertThat(params.reason()).isEqualTo("Independent reports disagree on the total parameters of Kimi K3: "
                + "1.2 trillion (Caixin; Reuters) vs 2.4 trillion (SCMP, rumoured).");
        assertThat(conflicts.get(0).reason()).contains("open weights (Reuters)", "no open weights", "The Register");
        Consensus c = consensus(r, Attributes.TOTAL_PARAMETERS);
        assertThat(c.value()).isEqualTo(1.2e12);
        assertThat(c.independentSources()).isEqualTo(2);
        assertThat(c.dissentingClaimIds()).containsExactly(3L);
    }

    @Test
    void aSyndicatedCopyCountsOnceAndDoesNotConflictWithItsOriginal() {
        String original = Fixtures.resource("article-original.txt");
        List<DocInfo> docs = List.of(
                new DocInfo(1, "https://wire.example/k3", null, "Wire", "2026-03-03", original),
                new DocInfo(2, "https://portal.example/k3", null, "Portal", "2026-03-04", Fixtures.lightlyEdited(original)),
                doc(3, "SCMP", "2026-03-05"));
        // The copy's editor changed the figure: still one source, so no conflict with the original.
        List<Claim> claims = List.of(
                number(1, 1, K3, Attributes.TOTAL_PARAMETERS, 1.2e12),
                number(2, 2, K3, Attributes.TOTAL_PARAMETERS, 1.5e12),
                number(3, 1, K3, Attributes.CONTEXT_LENGTH, 256_000.0),
                number(4, 2, K3, Attributes.CONTEXT_LENGTH, 256_000.0),
                number(5, 3, K3, Attributes.CONTEXT_LENGTH, 262_144.0));
        ReconcileResult r = reconciler.reconcile(docs, claims);
        assertThat(r.syndicationGroupByDocument()).containsEntry(2L, 1L).containsEntry(3L, 3L);
        assertThat(r.flags()).isEmpty();
        assertThat(consensus(r, Attributes.CONTEXT_LENGTH).independentSources()).isEqualTo(2);
        assertThat(consensus(r, Attributes.CONTEXT_LENGTH).claimCount()).isEqualTo(3);

        // Control: the same two texts unrelated (copy replaced by other prose) do conflict.
        List<DocInfo> unrelated = List.of(docs.get(0), doc(2, "Portal", "2026-03-04"), docs.get(2));
        assertThat(of(reconciler.reconcile(unrelated, claims), FlagKind.CONFLICT)).hasSize(1);
    }

    @Test
    void twoArticlesOfOnePublisherCountOnce() {
        List<DocInfo> docs = List.of(doc(1, "Reuters", "2026-03-03"), doc(2, "Reuters", "2026-03-09"));
        ReconcileResult r = reconciler.reconcile(docs, List.of(
                number(1, 1, K3, Attributes.CONTEXT_LENGTH, 256_000.0),
                number(2, 2, K3, Attributes.CONTEXT_LENGTH, 256_000.0)));
        assertThat(consensus(r, Attributes.CONTEXT_LENGTH).independentSources()).isEqualTo(1);
    }

    @Test
    void twoMillionAscendCardsIsImplausibleWithTheArithmeticInTheReason() {
        ReconcileResult r = reconciler.reconcile(FOUR, List.of(
                number(1, 1, K3, Attributes.TRAINING_ACCELERATORS, 2_000_000.0),
                text(2, 2, K3, Attributes.ACCELERATOR_MODEL, "Ascend 910C")));
        List<Flag> flags = of(r, FlagKind.IMPLAUSIBLE);
        assertThat(flags).hasSize(1);
        Flag f = flags.get(0);
        assertThat(f.attribute()).isEqualTo(Attributes.TRAINING_ACCELERATORS);
        assertThat(f.claimIds()).containsExactly(1L, 2L);
        assertThat(f.reason()).contains("Reuters", "2,000,000 ÷ 700,000 = 2.857",
                "100,000 in 2025", "600,000 in 2026", "Financial Times via DIGITIMES", "Bloomberg");
    }

    @Test
    void aClusterTenTimesTheLargestBuiltIsImplausibleWhateverTheChip() {
        ReconcileResult r = reconciler.reconcile(FOUR, List.of(
                number(1, 1, K3, Attributes.TRAINING_ACCELERATORS, 6_000_000.0)));
        assertThat(of(r, FlagKind.IMPLAUSIBLE)).singleElement()
                .satisfies(f -> assertThat(f.reason()).contains("6,000,000 cards", "12 times", "Project Rainier"));
        assertThat(reconciler.reconcile(FOUR, List.of(
                number(1, 1, K3, Attributes.TRAINING_ACCELERATORS, 100_000.0))).flags()).isEmpty();
    }

    @Test
    void moreMemoryPerCardThanTheChipHasIsImplausible() {
        ReconcileResult r = reconciler.reconcile(FOUR, List.of(
                number(1, 1, K3, Attributes.MEMORY_PER_ACCELERATOR, 96e9),
                text(2, 2, K3, Attributes.ACCELERATOR_MODEL, "昇腾910B")));
        assertThat(of(r, FlagKind.IMPLAUSIBLE)).singleElement().satisfies(f -> {
            assertThat(f.attribute()).isEqualTo(Attributes.MEMORY_PER_ACCELERATOR);
            assertThat(f.reason()).contains("96 GB", "64 GB of HBM", "Ascend 910B");
        });
    }

    @Test
    void removingADocumentRemovesTheFlagsThatRestedOnIt() {
        List<Claim> claims = List.of(
                number(1, 1, K3, Attributes.TOTAL_PARAMETERS, 1.2e12),
                number(2, 2, K3, Attributes.TOTAL_PARAMETERS, 2.4e12),
                number(3, 3, K3, Attributes.TRAINING_ACCELERATORS, 2_000_000.0),
                text(4, 1, K3, Attributes.ACCELERATOR_MODEL, "910C"));
        assertThat(reconciler.reconcile(FOUR, claims).flags()).extracting(Flag::kind)
                .containsExactlyInAnyOrder(FlagKind.CONFLICT, FlagKind.IMPLAUSIBLE);
        List<Claim> without2 = claims.stream().filter(c -> c.documentId() != 2).toList();
        assertThat(reconciler.reconcile(FOUR, without2).flags()).extracting(Flag::kind)
                .containsExactly(FlagKind.IMPLAUSIBLE);
        List<Claim> without1 = claims.stream().filter(c -> c.documentId() != 1).toList();
        assertThat(reconciler.reconcile(FOUR, without1).flags()).isEmpty();
    }

    @Test
    void moreActiveThanTotalParametersIsInconsistent() {
        ReconcileResult r = reconciler.reconcile(FOUR, List.of(
                number(1, 1, K3, Attributes.ACTIVE_PARAMETERS, 480e9),
                number(2, 2, K3, Attributes.TOTAL_PARAMETERS, 320e9)));
        assertThat(r.flags()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FlagKind.INCONSISTENT);
            assertThat(f.attribute()).isEqualTo(Attributes.ACTIVE_PARAMETERS);
            assertThat(f.reason()).isEqualTo("Reuters gives Kimi K3 480 billion active parameters, more than the "
                    + "320 billion total parameters Caixin reports; a model cannot activate more parameters than it has.");
        });
    }

    @Test
    void trainingTokensFarFromWhatTheHardwareAllowsAreInconsistent() {
        // DeepSeek-V3 as published (arXiv 2412.19437): 37B active, 2.788M H800 GPU hours, 14.8T tokens — consistent.
        List<Claim> v3 = new ArrayList<>(List.of(
                number(1, 1, "DeepSeek-V3", Attributes.ACTIVE_PARAMETERS, 37e9),
                number(2, 1, "DeepSeek-V3", Attributes.TRAINING_GPU_HOURS, 2.788e6),
                text(3, 1, "DeepSeek-V3", Attributes.ACCELERATOR_MODEL, "H800"),
                number(4, 1, "DeepSeek-V3", Attributes.TRAINING_TOKENS, 14.8e12)));
        assertThat(reconciler.reconcile(FOUR, v3).flags()).isEmpty();
        v3.add(number(5, 2, "DeepSeek-V3", Attributes.TRAINING_TOKENS, 1e15));
        List<Flag> flags = reconciler.reconcile(FOUR, v3).flags();
        assertThat(flags).extracting(Flag::kind).contains(FlagKind.INCONSISTENT);
        Flag f = flags.stream().filter(x -> x.kind() == FlagKind.INCONSISTENT).findFirst().orElseThrow();
        assertThat(f.attribute()).isEqualTo(Attributes.TRAINING_TOKENS);
        assertThat(f.claimIds()).containsExactly(1L, 2L, 3L, 5L);
        assertThat(f.reason()).contains("2.788 million GPU hours", "989 TFLOP/s", "H800", "20 %–60 %",
                "37 billion active parameters", "Caixin claims 1,000 trillion tokens", "above");
    }

    @Test
    void weightsLargerThanTheClusterMemoryAreInconsistent() {
        ReconcileResult r = reconciler.reconcile(FOUR, List.of(
                number(1, 1, K3, Attributes.TOTAL_PARAMETERS, 1.2e12),
                number(2, 2, K3, Attributes.TRAINING_ACCELERATORS, 8.0),
                text(3, 2, K3, Attributes.ACCELERATOR_MODEL, "Ascend 910C")));
        assertThat(r.flags()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FlagKind.INCONSISTENT);
            assertThat(f.reason()).contains("2,400 GB", "8 cards", "128 GB of HBM", "1,024 GB");
        });
    }

    @Test
    void aReleaseAfterTheArticleThatReportsItIsTemporal() {
        ReconcileResult r = reconciler.reconcile(FOUR, List.of(
                text(1, 1, K3, Attributes.RELEASE_DATE, "2026-06-24", "day", "Kimi K3 was launched on 24 June 2026."),
                text(2, 2, K3, Attributes.RELEASE_DATE, "2026-06-24", "day", "Kimi K3 will launch on 24 June 2026."),
                text(3, 3, K3, Attributes.RELEASE_DATE, "2026-03", "month", "Kimi K3 launched in March 2026.")));
        assertThat(of(r, FlagKind.TEMPORAL)).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FlagKind.TEMPORAL);
            assertThat(f.claimIds()).containsExactly(1L);
            assertThat(f.reason()).contains("Reuters", "2026-06-24", "2026-03-03");
        });
    }

    @Test
    void aReleaseBeforeItsTrialIsTemporal() {
        ReconcileResult r = reconciler.reconcile(FOUR, List.of(
                text(1, 1, K3, Attributes.RELEASE_DATE, "2026-01", "month", "released in January"),
                text(2, 2, K3, "trial_date", "2026-02-10", "day", "trial began on 10 February")));
        assertThat(r.flags()).extracting(Flag::kind, Flag::attribute)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(FlagKind.TEMPORAL, Attributes.RELEASE_DATE));
    }

    @Test
    void resultsAreDeterministicAndCoverOnlyTheModelsGiven() {
        List<Claim> claims = new ArrayList<>(List.of(
                number(1, 1, K3, Attributes.TOTAL_PARAMETERS, 1.2e12),
                number(2, 2, K3, Attributes.TOTAL_PARAMETERS, 2.4e12),
                number(3, 3, "GLM-4.5", Attributes.TOTAL_PARAMETERS, 355e9),
                number(4, 4, "GLM-4.5-Air", Attributes.TOTAL_PARAMETERS, 106e9),
                number(5, 1, "GLM-4.5", Attributes.ACTIVE_PARAMETERS, 400e9)));
        ReconcileResult full = reconciler.reconcile(FOUR, claims);
        List<Claim> shuffled = new ArrayList<>(claims);
        Collections.shuffle(shuffled, new Random(7));
        List<DocInfo> docs = new ArrayList<>(FOUR);
        Collections.reverse(docs);
        assertThat(reconciler.reconcile(docs, shuffled)).isEqualTo(full);
        assertThat(full.flags()).extracting(Fingerprint::of).containsExactly(
                "inconsistent|GLM-4.5|active_parameters|3,5", "conflict|Kimi K3|total_parameters|1,2");

        ReconcileResult glmOnly = reconciler.reconcile(FOUR,
                claims.stream().filter(c -> c.model().startsWith("GLM")).toList());
        assertThat(glmOnly.consensus()).extracting(Consensus::model).containsOnly("GLM-4.5", "GLM-4.5-Air");
        assertThat(glmOnly.flags()).isEqualTo(full.flags().stream().filter(f -> f.model().startsWith("GLM")).toList());
    }

    @Test
    void aliasesResolveToOneModelWhileVariantsStayApart() {
        Reconciler withCatalog = new Reconciler(ReferenceData.load(), name -> name.equals("Kimi-K3")
                ? Optional.of(new Model("kimi-k3", K3, "Moonshot AI", "Kimi", List.of("Kimi-K3")))
                : Optional.empty());
        ReconcileResult r = withCatalog.reconcile(FOUR, List.of(
                number(1, 1, "Kimi-K3", Attributes.CONTEXT_LENGTH, 256_000.0),
                number(2, 2, K3, Attributes.CONTEXT_LENGTH, 256_000.0),
                number(3, 3, "Kimi K3-Mini", Attributes.CONTEXT_LENGTH, 128_000.0)));
        assertThat(r.consensus()).extracting(Consensus::model, Consensus::independentSources).containsExactly(
                org.assertj.core.groups.Tuple.tuple(K3, 2), org.assertj.core.groups.Tuple.tuple("Kimi K3-Mini", 1));
        assertThat(r.flags()).isEmpty();
    }
}
