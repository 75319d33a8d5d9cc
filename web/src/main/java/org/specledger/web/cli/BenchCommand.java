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
        subcommands = {BenchCommand.Extraction.class, BenchCommand.Search.class, BenchCommand.Crawl.class})
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

    @Command(name = "search", mixinStandardHelpOptions = true,
            description = "Index N generated documents, then run a fixed mixed query set from 32, 8 and 2 threads;"
                    + " QPS and p50/p99 for SpecLedger's layer beside bare Lucene on the same index.")
    static final class Search implements Callable<Integer> {
        @Option(names = "--docs", defaultValue = "100000", description = "Documents to generate. Default: 100000")
        int docs;

        @Option(names = "--work", paramLabel = "DIR", description = "Work folder (default: a new temporary folder).")
        Path work;

        @Override
        public Integer call() throws java.io.IOException {
            Path dir = work != null ? work : Files.createTempDirectory("specledger-bench-search-");
            System.out.println(org.specledger.index.bench.SearchBench.run(dir, docs));
            return 0;
        }
    }

    @Command(name = "crawl", mixinStandardHelpOptions = true,
            description = "Serve a generated site of N article pages on loopback and crawl it end to end (fetch,"
                    + " extract, claims, store, index), beside wget --recursive on the same site.")
    static final class Crawl implements Callable<Integer> {
        @Option(names = "--pages", defaultValue = "5000", description = "Article pages. Default: 5000")
        int pages;

        @Override
        public Integer call() throws Exception {
            Path dir = Files.createTempDirectory("specledger-bench-crawl-");
            try (org.specledger.web.app.AppContext app = Contexts.open(dir.resolve("data"))) {
                System.out.println(org.specledger.crawler.bench.CrawlBench.run(dir, pages, app.db(), app.ingester()));
                long t = System.nanoTime();
                app.flush();
                System.out.printf("reconciliation after the crawl (consensus, syndication, flags): %.1f s%n",
                        (System.nanoTime() - t) / 1e9);
            }
            return 0;
        }
    }
}
