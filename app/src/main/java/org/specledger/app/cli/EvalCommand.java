package org.specledger.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.specledger.claims.eval.EvaluationReport;
import org.specledger.claims.eval.ExhaustiveGold;
import org.specledger.claims.eval.ExhaustiveReport;
import org.specledger.ingest.gold.ExhaustiveGoldReader;
import org.specledger.ingest.gold.GoldRun;
import org.specledger.app.cli.ExhaustiveEval;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Score claim extraction against a gold file: precision and recall per attribute and overall.",
                "Two gold shapes: per-page gold (samples/gold.json: \"documents\" a list, each with its \"claims\"), "
                        + "extracted directly; and exhaustive gold (../shared/bench/claims-real/gold.json: \"models\", "
                        + "\"documents\" by id, \"claims\" and \"wrong\" traps), whose documents are imported as "
                        + "`specledger import` does into a fresh data folder and scored per document: recall, "
                        + "precision, traps taken, per attribute and per language."})
final class EvalCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "GOLD.json", description = "The gold file (e.g. samples/gold.json).")
    Path gold;

    @Parameters(index = "1..*", paramLabel = "PATH", arity = "0..*",
            description = "Pages (files or folders) to score (default: every page the gold file lists, beside it).")
    List<Path> pages = List.of();

    @Option(names = "--misses", description = "Exhaustive gold: list the gold claims not found, with their quotes.")
    boolean misses;

    @Option(names = "--false-positives",
            description = "Exhaustive gold: list the claims that match no gold claim of their document, with quotes.")
    boolean falsePositives;

    @Option(names = "--json", description = "Exhaustive gold: print the report as JSON (figures, traps taken, "
            + "misses and false positives) instead of text.")
    boolean json;

    @Option(names = "--data", paramLabel = "DIR", description = "Exhaustive gold: import into this folder (new or "
            + "empty) and keep it, e.g. to browse it with `specledger serve --data DIR`. Default: a temporary folder, "
            + "deleted afterwards.")
    Path data;

    @Override
    public Integer call() {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readString(gold));
        } catch (IOException e) {
            throw new CliException("cannot read the gold file " + gold + ": " + e.getMessage());
        }
        if (!ExhaustiveGoldReader.isExhaustive(root)) {
            if (json || data != null) {
                throw new CliException("--json and --data are for exhaustive gold (like "
                        + "../shared/bench/claims-real/gold.json); " + gold + " is per-page gold");
            }
            try {
                EvaluationReport r = GoldRun.run(gold, pages);
                System.out.println(r.format());
                return 0;
            } catch (IOException e) {
                throw new CliException(e.getMessage());
            }
        }
        Path dir = data;
        try {
            ExhaustiveGold g = ExhaustiveGoldReader.read(root, gold);
            if (dir == null) {
                dir = Files.createTempDirectory("specledger-eval-");
                Files.delete(dir);
            }
            ExhaustiveReport r = ExhaustiveEval.run(g, gold, pages, dir, System.err);
            if (json) {
                System.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                        .writeValueAsString(r.toMap()));
            } else {
                System.out.print(r.format(misses, falsePositives));
            }
            return 0;
        } catch (IOException e) {
            throw new CliException(e.getMessage());
        } finally {
            if (data == null && dir != null) {
                try {
                    ExhaustiveEval.deleteTree(dir);
                } catch (IOException e) {
                    System.err.println("specledger eval: could not delete the temporary folder " + dir + ": " + e.getMessage());
                }
            }
        }
    }
}
