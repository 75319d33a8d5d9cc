package org.specledger.claims.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferenceDataTest {
    private final ReferenceData ref = ReferenceData.load();

    @Test
    void everyShippedRowNamesItsSource() {
        assertThat(ref.accelerators()).isNotEmpty().allSatisfy(a -> assertThat(a.source()).as(a.chip()).isNotBlank());
        assertThat(ref.clusters()).isNotEmpty().allSatisfy(c -> assertThat(c.source()).as(c.cluster()).isNotBlank());
        assertThat(ref.supply()).isNotEmpty().allSatisfy(s -> assertThat(s.source()).as(s.chip()).isNotBlank());
        assertThat(ref.accelerators()).allSatisfy(a -> assertThat(a.origin()).isIn("domestic", "foreign"));
        assertThat(ref.supply()).allSatisfy(s -> assertThat(ref.accelerator(s.chip())).as(s.chip()).isPresent());
    }

    @Test
    void chipNamesResolveAsNewsWriteThem() {
        for (String name : List.of("910C", "Ascend 910C", "昇腾910C", "Huawei Ascend 910C NPUs", "ascend-910c chips")) {
            assertThat(ref.accelerator(name)).as(name).map(Accelerator::chip).contains("Ascend 910C");
        }
        assertThat(ref.accelerator("H800 GPUs")).map(Accelerator::chip).contains("NVIDIA H800");
        assertThat(ref.accelerator("910B")).map(Accelerator::chip).contains("Ascend 910B");
        assertThat(ref.accelerator("Ascend 920")).isEmpty();
    }

    @Test
    void boundsComeFromTheTables() {
        assertThat(ref.cumulativeSupply(ref.accelerator("910C").orElseThrow())).contains(700_000L);
        assertThat(ref.cumulativeSupply(ref.accelerator("H800").orElseThrow())).isEmpty();
        assertThat(ref.largestBuiltCluster()).map(TrainingCluster::chips).contains(500_000L);
        assertThat(ref.accelerator("910C").orElseThrow().hbmBytes()).isEqualTo(128e9);
    }

    @Test
    void parsesQuotedFieldsCommentsAndBlankNumbers() {
        String csv = """
                # a comment, with a comma
                chip,vendor,origin,hbm_gb,dense_bf16_tflops,year,aliases,source
                Test X1,Acme,domestic,48,,,X1|艾克斯1,"A report, page 3 (""quoted"")"
                """;
        List<Accelerator> rows = ReferenceData.parseAccelerators(stream(csv));
        assertThat(rows).singleElement().satisfies(a -> {
            assertThat(a.hbmGb()).isEqualTo(48.0);
            assertThat(a.denseBf16Tflops()).isNull();
            assertThat(a.aliases()).containsExactly("X1", "艾克斯1");
            assertThat(a.source()).isEqualTo("A report, page 3 (\"quoted\")");
        });
        ReferenceData small = new ReferenceData(rows, List.of(), List.of());
        assertThat(small.accelerator("艾克斯1")).isPresent();
        assertThat(small.largestBuiltCluster()).isEmpty();
    }

    @Test
    void aRowWithTheWrongNumberOfFieldsIsRejectedWithItsLine() {
        String csv = "chip,year,units,basis,source\nAscend 910B,2024,200000,estimate,FT, via DIGITIMES\n";
        assertThatThrownBy(() -> ReferenceData.parseSupply(stream(csv)))
                .hasMessageContaining("line 2").hasMessageContaining("quote fields");
    }

    @Test
    void anAliasSharedByTwoChipsIsAConfigurationError() {
        Accelerator a = new Accelerator("Chip A", "V", "domestic", 1.0, 1.0, null, List.of("A1"), "s");
        Accelerator b = new Accelerator("Chip B", "V", "domestic", 1.0, 1.0, null, List.of("a-1"), "s");
        assertThatThrownBy(() -> new ReferenceData(List.of(a, b), List.of(), List.of()))
                .hasMessageContaining("a-1").hasMessageContaining("Chip A");
    }

    private static InputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
