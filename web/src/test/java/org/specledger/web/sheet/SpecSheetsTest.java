package org.specledger.web.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.specledger.db.Database;

class SpecSheetsTest {
    @TempDir
    Path dir;

    @Test
    void assemblesConsensusClaimsFlagsAndVariantsByAlias() {
        Database db = SheetFixtures.open(dir);
        SheetFixtures.Ids ids = SheetFixtures.load(db);
        SpecSheets sheets = new SpecSheets(db, Clock.fixed(Instant.parse("2025-08-01T10:00:00Z"), ZoneOffset.UTC));

        SpecSheet sheet = sheets.find("月之暗面K2").orElseThrow();

        assertThat(sheet.generatedAt()).isEqualTo("2025-08-01T10:00:00Z");
        assertThat(sheet.model().id()).isEqualTo("kimi-k2");
        assertThat(sheet.model().organization()).isEqualTo("Moonshot AI");
        assertThat(sheet.model().aliases()).contains("Kimi-K2", "月之暗面K2");
        assertThat(sheet.model().variants()).extracting(SheetModel.Variant::id).containsExactly("kimi-k2-thinking");
        assertThat(sheet.specs()).extracting(Spec::attribute).containsExactly("total_parameters", "context_length");

        Spec params = sheet.specs().get(0);
        assertThat(params.consensus().derived()).isFalse();
        assertThat(params.consensus().display()).isEqualTo("1 T");
        assertThat(params.independentSources()).isEqualTo(2);
        assertThat(params.hedge()).isEqualTo("stated");
        assertThat(params.claims()).extracting(c -> c.claim().id())
                .containsExactly(ids.enParams(), ids.zhParams(), ids.hostileParams());
        assertThat(params.flags()).singleElement().satisfies(f ->
                assertThat(f.flag().reason()).isEqualTo(SheetFixtures.CONFLICT_REASON));
        assertThat(sheet.flags()).hasSize(1);
    }

    @Test
    void derivesTheMostCommonValueWhenNoConsensusWasStored() {
        Database db = SheetFixtures.open(dir);
        SheetFixtures.load(db);
        Spec context = new SpecSheets(db).find("kimi-k2").orElseThrow().specs().get(1);
        assertThat(context.consensus().derived()).isTrue();
        assertThat(context.consensus().value()).isEqualTo(131072.0);
        assertThat(context.consensus().display()).isEqualTo("128K tokens");
        assertThat(context.independentSources()).isEqualTo(1);

        // DeepSeek has no stored consensus at all: every attribute falls back, in schema order.
        SpecSheet ds = new SpecSheets(db).find("DSV3").orElseThrow();
        assertThat(ds.specs()).extracting(Spec::attribute)
                .containsExactly("release_date", "training_accelerators", "training_gpu_hours");
        assertThat(ds.specs().get(0).consensus().value()).isEqualTo("2024-12-26");
        assertThat(ds.specs().get(2).consensus().display()).isEqualTo("2.788M GPU-hours");
    }

    @Test
    void anUnknownModelIsEmpty() {
        Database db = SheetFixtures.open(dir);
        assertThat(new SpecSheets(db).find("no such model")).isEmpty();
    }
}
