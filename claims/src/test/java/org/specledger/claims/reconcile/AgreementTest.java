package org.specledger.claims.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.specledger.claims.reconcile.Fixtures.number;
import static org.specledger.claims.reconcile.Fixtures.text;

import org.junit.jupiter.api.Test;
import org.specledger.claims.Attributes;
import org.specledger.claims.Hedge;
import org.specledger.claims.reference.ReferenceData;

class AgreementTest {
    private final Agreement agreement = new Agreement(ReferenceData.load());

    @Test
    void trillionScaleBoundContainsAPreciseFigure() {
        var bound = number(1, 1, "M", Attributes.TOTAL_PARAMETERS, null, 1e12, null, Hedge.STATED);
        assertThat(agreement.compatible(bound, number(2, 2, "M", Attributes.TOTAL_PARAMETERS, 2.4e12))).isTrue();
        assertThat(agreement.compatible(bound, number(3, 3, "M", Attributes.TOTAL_PARAMETERS, 671e9))).isFalse();
    }

    @Test
    void kiloAndKibiAndGigaAndGibiAgree() {
        assertThat(agreement.compatible(number(1, 1, "M", Attributes.CONTEXT_LENGTH, 256_000.0),
                number(2, 2, "M", Attributes.CONTEXT_LENGTH, 262_144.0))).isTrue();
        assertThat(agreement.compatible(number(1, 1, "M", Attributes.MEMORY_PER_ACCELERATOR, 64e9),
                number(2, 2, "M", Attributes.MEMORY_PER_ACCELERATOR, 64.0 * (1L << 30)))).isTrue();
    }

    @Test
    void differentFiguresDisagree() {
        assertThat(agreement.compatible(number(1, 1, "M", Attributes.TOTAL_PARAMETERS, 1.2e12),
                number(2, 2, "M", Attributes.TOTAL_PARAMETERS, 2.4e12))).isFalse();
        // 128K against 256K: a factor of two, far beyond the 7.5 % tolerance.
        assertThat(agreement.compatible(number(1, 1, "M", Attributes.CONTEXT_LENGTH, 128_000.0),
                number(2, 2, "M", Attributes.CONTEXT_LENGTH, 256_000.0))).isFalse();
    }

    @Test
    void rangesAgreeWhenTheyOverlap() {
        var range = number(1, 1, "M", Attributes.TRAINING_ACCELERATORS, null, 3000.0, 4000.0, Hedge.STATED);
        assertThat(agreement.compatible(range, number(2, 2, "M", Attributes.TRAINING_ACCELERATORS, 3500.0))).isTrue();
        assertThat(agreement.compatible(range, number(3, 3, "M", Attributes.TRAINING_ACCELERATORS, 8192.0))).isFalse();
    }

    @Test
    void datesAgreeAtTheCoarserPrecision() {
        var year = text(1, 1, "M", Attributes.RELEASE_DATE, "2025", "year", "q");
        var day = text(2, 2, "M", Attributes.RELEASE_DATE, "2025-03-04", "day", "q");
        var month = text(3, 3, "M", Attributes.RELEASE_DATE, "2025-04", "month", "q");
        assertThat(agreement.compatible(year, day)).isTrue();
        assertThat(agreement.compatible(day, month)).isFalse();
    }

    @Test
    void chipNamesAndTextCompareByMeaning() {
        assertThat(agreement.compatible(text(1, 1, "M", Attributes.ACCELERATOR_MODEL, "昇腾910C"),
                text(2, 2, "M", Attributes.ACCELERATOR_MODEL, "Huawei Ascend 910C chips"))).isTrue();
        assertThat(agreement.compatible(text(1, 1, "M", Attributes.ACCELERATOR_MODEL, "Ascend 910B"),
                text(2, 2, "M", Attributes.ACCELERATOR_MODEL, "Ascend 910C"))).isFalse();
        assertThat(agreement.compatible(text(1, 1, "M", Attributes.ORGANIZATION, "Moonshot  AI"),
                text(2, 2, "M", Attributes.ORGANIZATION, "moonshot ai"))).isTrue();
        assertThat(agreement.compatible(text(1, 1, "M", Attributes.OPEN_WEIGHTS, "true"),
                text(2, 2, "M", Attributes.OPEN_WEIGHTS, "false"))).isFalse();
    }
}
