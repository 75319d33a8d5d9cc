package org.specledger.web.cli;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.specledger.crawler.bench.ExtractionBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code specledger bench …}: benchmarks that print figures. They are run on purpose, never by the tests. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Run a benchmark and print its figures.",
        subcommands = {BenchCommand.Extraction.class})
final class BenchCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    @Command(name = "extraction", mixinStandardHelpOptions = true,
            description = "Article-extraction quality (F1, precision, recall) on a benchmark folder, beside the stored peers.")
    static final class Extraction implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "DIR", defaultValue = "../shared/bench/article-extraction",
                description = "The benchmark folder (html/, ground-truth.json, peer-*.json). Default: ../shared/bench/article-extraction")
        Path dir;

        @Option(names = "--out", paramLabel = "FILE", description = "Also write what was extracted, in the ground truth's JSON shape.")
        Path out;

        @Override
        public Integer call() {
            if (!Files.isRegularFile(dir.resolve("ground-truth.json"))) {
                throw new CliException("no ground-truth.json in " + dir.toAbsolutePath() + "; pass the benchmark folder");
            }
            try {
                System.out.println(ExtractionBench.run(dir, out).format());
            } catch (UncheckedIOException e) {
                throw new CliException(e.getMessage());
            }
            return 0;
        }
    }
}
