package org.specledger.web.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.specledger.claims.eval.EvaluationReport;
import org.specledger.crawler.eval.GoldRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score claim extraction against a gold file: precision and recall per attribute and overall.")
final class EvalCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "GOLD.json", description = "The gold file (e.g. samples/gold.json).")
    Path gold;

    @Parameters(index = "1..*", paramLabel = "PATH", arity = "0..*",
            description = "Pages to score (default: every page the gold file lists, beside it).")
    List<Path> pages = List.of();

    @Override
    public Integer call() {
        try {
            EvaluationReport r = GoldRun.run(gold, pages);
            System.out.println(r.format());
            return 0;
        } catch (IOException e) {
            throw new CliException(e.getMessage());
        }
    }
}
