package org.specledger.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.specledger.claims.eval.ExhaustiveGold;
import org.specledger.claims.eval.ExhaustiveReport;
import org.specledger.ingest.gold.ExhaustiveGoldReader;

/**
 * The CI floor: {@code specledger eval ../shared/bench/claims-real/gold.json} (the folder sits beside the clone in
 * CI) must not fall below the recall and precision, nor above the traps, in {@code claims-real-floor.properties}.
 * When the folder is absent the test says so loudly and is skipped (only this test).
 */
class ClaimsRealFloorTest {
    /** The floor file, in this module's test resources: raise it as extraction improves. */
    static final String FLOOR = "/claims-real-floor.properties";

    @TempDir
    Path tmp;

    @Test
    void claimsRealStaysAboveTheFloor() throws Exception {
        Path gold = claimsReal();
        if (!Files.isRegularFile(gold)) {
            String banner = "\n!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n"
                    + "!!! ClaimsRealFloorTest SKIPPED: " + gold + " does not exist.\n"
                    + "!!! The claims-real floor (recall/precision of claim extraction on real reports) is NOT checked.\n"
                    + "!!! Put ../shared/bench/claims-real beside the clone to check it.\n"
                    + "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n";
            System.err.println(banner);
            System.out.println(banner);
            Assumptions.abort("claims-real is absent: " + gold);
        }
        Properties floor = new Properties();
        try (InputStream in = ClaimsRealFloorTest.class.getResourceAsStream(FLOOR)) {
            assertThat(in).as("the floor file " + FLOOR).isNotNull();
            floor.load(in);
        }
        double minRecall = Double.parseDouble(floor.getProperty("recall.min"));
        double minPrecision = Double.parseDouble(floor.getProperty("precision.min"));
        int maxTraps = Integer.parseInt(floor.getProperty("traps.max"));

        ExhaustiveGold g = ExhaustiveGoldReader.read(new ObjectMapper().readTree(Files.readString(gold)), gold);
        ExhaustiveReport r = ExhaustiveEval.run(g, gold, List.of(), tmp.resolve("data"), System.err);
        System.out.println("claims-real (" + gold + "):\n" + r.format(false, false));

        String how = " (floor in app/src/test/resources" + FLOOR + "; see what changed with `./specledger eval "
                + "../shared/bench/claims-real/gold.json --misses --false-positives`)";
        assertThat(r.documents()).as("documents scored").isEqualTo(g.documents().size());
        assertThat(r.overall().recall()).as("claims-real recall " + r.overall().found() + "/" + r.overall().gold() + how)
                .isGreaterThanOrEqualTo(minRecall);
        assertThat(r.overall().precision()).as("claims-real precision " + r.overall().right() + "/"
                + r.overall().claims() + how).isGreaterThanOrEqualTo(minPrecision);
        assertThat(r.overall().taken()).as("claims-real traps taken of " + r.overall().traps() + how)
                .isLessThanOrEqualTo(maxTraps);
    }

    /** {@code ../shared/bench/claims-real/gold.json} relative to the repository root (the folder with test.sh). */
    static Path claimsReal() {
        Path dir = Path.of("").toAbsolutePath();
        Path root = dir;
        while (root != null && !Files.isRegularFile(root.resolve("test.sh"))) {
            root = root.getParent();
        }
        Path base = root == null ? dir.getParent() : root;
        return base.resolve("../shared/bench/claims-real/gold.json").normalize();
    }
}
