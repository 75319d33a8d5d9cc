package org.specledger.bench;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.specledger.app.cli.CliException;
import org.specledger.app.cli.Contexts;
import org.specledger.app.cli.Main;
import org.specledger.bench.extraction.DatesBench;
import org.specledger.bench.extraction.ExtractionBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code specledger bench …}: benchmarks that print figures. They are run on purpose, never by the tests. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Run a benchmark and print its figures.",
        subcommands = {BenchCommand.All.class, BenchCommand.Extraction.class, BenchCommand.Dates.class, BenchCommand.Claims.class, BenchCommand.Search.class,
                BenchCommand.Crawl.class, BenchCommand.Ingest.class, BenchCommand.Load.class, BenchCommand.Scale.class})
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

    @Command(name = "scale", mixinStandardHelpOptions = true,
            description = "1, 2 and 4 crawl workers against one PostgreSQL on a loopback site of many hosts (politeness"
                    + " on): pages/s, requests per host per second, documents stored twice; then ingest docs/s into"
                    + " PostgreSQL + OpenSearch beside SQLite + Lucene. Needs --db-url (a PostgreSQL whose user may"
                    + " create databases) and, for the ingest comparison, --search-url.")
    static final class Scale implements Callable<Integer> {
        @picocli.CommandLine.Mixin
        Main.DataOption data;

        @Option(names = "--hosts", defaultValue = "20", description = "Loopback hosts. Default: 20")
        int hosts;

        @Option(names = "--pages", defaultValue = "25", description = "Articles per host. Default: 25")
        int pages;

        @Option(names = "--delay-ms", defaultValue = "100", description = "Delay per host. Default: 100")
        long delayMs;

        @Option(names = "--ingest-docs", defaultValue = "1000", description = "Articles for the ingest comparison (0: none). Default: 1000")
        int ingestDocs;

        @Override
        public Integer call() throws Exception {
            if (data.dbUrl == null || !data.dbUrl.startsWith("jdbc:postgresql:")) {
                throw new CliException("bench scale needs a PostgreSQL server: --db-url jdbc:postgresql://HOST:PORT/DB"
                        + " (scripts/dev-cluster start DIR prints one)");
            }
            Path work = Files.createTempDirectory("specledger-bench-scale-");
            System.out.println(org.specledger.bench.ScaleBench.run(data.dbUrl, data.searchUrl, hosts, pages, delayMs,
                    ingestDocs, work));
            return 0;
        }
    }

    @Command(name = "dates", mixinStandardHelpOptions = true,
            description = "Publication-date accuracy on a benchmark folder (html/*.gz, expected.json), scored as htmldate"
                    + " scores itself. The last line: dates: accuracy A (right R, empty E, wrong W, pages N).")
    static final class Dates implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "DIR", defaultValue = "../shared/bench/publication-dates",
                description = "The benchmark folder (html/, expected.json). Default: ../shared/bench/publication-dates")
        Path dir;

        @Option(names = "--verbose", description = "Print each page: verdict, id, gold day, the date found and its source.")
        boolean verbose;

        @Option(names = "--with-url", description = "Give the extractor the page URL too (the htmldate comparison gives the HTML only).")
        boolean withUrl;

        @Option(names = "--now", paramLabel = "INSTANT", defaultValue = "2026-12-01T00:00:00Z",
                description = "The fetch time the extractor is told (bounds future dates, resolves relative ones). Default: 2026-12-01T00:00:00Z")
        String now;

        @Override
        public Integer call() {
            if (!Files.isRegularFile(dir.resolve("expected.json"))) {
                throw new CliException("no expected.json in " + dir.toAbsolutePath() + "; pass the publication-dates benchmark folder");
            }
            java.time.Instant at;
            try {
                at = java.time.Instant.parse(now);
            } catch (java.time.format.DateTimeParseException e) {
                throw new CliException("--now must be an ISO-8601 instant such as 2026-12-01T00:00:00Z, not '" + now + "'");
            }
            DatesBench.Report r;
            try {
                r = DatesBench.run(dir, withUrl, at);
            } catch (UncheckedIOException e) {
                throw new CliException(e.getMessage());
            }
            if (verbose) {
                System.out.print(r.perPage());
            }
            System.out.println(r.summary());
            return 0;
        }

        /** Both figures (HTML only, then with the URL) beside htmldate's published ones, for {@code bench all}. */
        static String figures(Path dir) {
            DatesBench.Report htmlOnly = DatesBench.run(dir, false, DatesBench.DEFAULT_NOW);
            DatesBench.Report withUrl = DatesBench.run(dir, true, DatesBench.DEFAULT_NOW);
            return String.format(java.util.Locale.ROOT, """
                    | extractor | accuracy | right | empty | wrong |
                    |---|---|---|---|---|
                    | SpecLedger, HTML only | **%.3f** | %d | %d | %d |
                    | SpecLedger, HTML and URL | %.3f | %d | %d | %d |
                    | htmldate 1.10, extensive search (published figure, not run here) | 0.909 | 449 | 2 | 43 |
                    | htmldate 1.10, fast (published figure, not run here) | 0.862 | 426 | 32 | 36 |

                    ```
                    %s
                    %s (with the URL)
                    ```""", htmlOnly.accuracy(), htmlOnly.right(), htmlOnly.empty(), htmlOnly.wrong(),
                    withUrl.accuracy(), withUrl.right(), withUrl.empty(), withUrl.wrong(), htmlOnly.summary(), withUrl.summary());
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
            System.out.println(org.specledger.bench.search.SearchBench.run(dir, docs));
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
            System.out.println(figures(pages));
            return 0;
        }

        /** Crawls a generated site through the same pipeline as {@code specledger crawl}, then times the reconcile. */
        static String figures(int pages) throws Exception {
            Path dir = Files.createTempDirectory("specledger-bench-crawl-");
            try (org.specledger.app.AppContext app = Contexts.open(dir.resolve("data"))) {
                String r = org.specledger.bench.CrawlBench.run(dir, pages, app.db(), app.ingester());
                long t = System.nanoTime();
                app.flush();
                return r + String.format("%nreconciliation after the crawl (consensus, syndication, flags): %.1f s",
                        (System.nanoTime() - t) / 1e9);
            }
        }
    }

    @Command(name = "claims", mixinStandardHelpOptions = true,
            description = "Claim-extraction throughput on generated article text, one thread (target: 2 MB/s).")
    static final class Claims implements Callable<Integer> {
        @Option(names = "--megabytes", defaultValue = "10", description = "Text to generate. Default: 10")
        int megabytes;

        @Override
        public Integer call() {
            System.out.println(org.specledger.bench.extraction.ExtractionThroughput.run(megabytes));
            return 0;
        }
    }

    @Command(name = "ingest", mixinStandardHelpOptions = true,
            description = "Import N generated articles from disk end to end (extract, claims, store, index, reconcile)"
                    + " in a child JVM with -Xmx1g: docs/s and peak heap (goal: 200 docs/s, heap < 1 GB).")
    static final class Ingest implements Callable<Integer> {
        @Option(names = "--docs", defaultValue = "20000", description = "Articles. Default: 20000")
        int docs;

        @Override
        public Integer call() throws java.io.IOException {
            System.out.println(figures(docs));
            return 0;
        }

        static String figures(int docs) throws java.io.IOException {
            Path dir = Files.createTempDirectory("specledger-bench-ingest-");
            return org.specledger.bench.IngestBench.runInChildJvm(dir, docs, "1g");
        }
    }

    @Command(name = "load", mixinStandardHelpOptions = true,
            description = "The server under a fixed rate of mixed search, spec-sheet and API requests while a writer"
                    + " imports: answered/offered, drops, errors, p50/p99 per route, server CPU per request; then every"
                    + " route under wrk beside /health (when wrk is installed).")
    static final class Load implements Callable<Integer> {
        @Option(names = "--seconds", defaultValue = "60", description = "Duration. Default: 60")
        int seconds;

        @Option(names = "--rate", defaultValue = "500", description = "Requests per second offered. Default: 500")
        int rate;

        @Option(names = "--writer-rate", defaultValue = "10",
                description = "Documents per second the writer imports meanwhile (0: as fast as it can). Default: 10")
        int writerRate;

        @Option(names = "--warm-up", paramLabel = "SECONDS", defaultValue = "30",
                description = "Seconds of the same load before the measured part, reported apart (0: none)."
                        + " Default: 30")
        int warmUp;

        @Override
        public Integer call() throws java.io.IOException {
            System.out.println(figures(seconds, rate, writerRate, warmUp));
            return 0;
        }

        /** The load bench with its default corpus and seed, at the given duration, rates and warm-up. */
        static String figures(int seconds, int rate, int writerRate, int warmUp) throws java.io.IOException {
            Path dir = Files.createTempDirectory("specledger-bench-load-");
            var d = org.specledger.bench.LoadBench.Options.bench();
            return org.specledger.bench.LoadBench.run(dir, new org.specledger.bench.LoadBench.Options(
                    java.time.Duration.ofSeconds(seconds), rate, d.seedDocs(), d.writerDocs(), d.seed(), writerRate,
                    java.time.Duration.ofSeconds(warmUp)));
        }
    }

    @Command(name = "all", mixinStandardHelpOptions = true,
            description = "Every benchmark in one run, written as one Markdown report to bench-results/.")
    static final class All implements Callable<Integer> {
        @Option(names = "--out", paramLabel = "DIR", defaultValue = "bench-results", description = "Report folder. Default: bench-results")
        Path out;

        @Option(names = "--extraction-dir", paramLabel = "DIR", defaultValue = "../shared/bench/article-extraction",
                description = "The article-extraction benchmark folder.")
        Path extraction;

        @Option(names = "--dates-dir", paramLabel = "DIR", defaultValue = "../shared/bench/publication-dates",
                description = "The publication-date benchmark folder.")
        Path dates;

        @Option(names = "--search-docs", defaultValue = "100000") int searchDocs;
        @Option(names = "--crawl-pages", defaultValue = "5000") int crawlPages;
        @Option(names = "--ingest-docs", defaultValue = "20000") int ingestDocs;
        @Option(names = "--load-seconds", defaultValue = "60") int loadSeconds;

        @Override
        public Integer call() throws Exception {
            StringBuilder md = new StringBuilder();
            section(md, "Article extraction (127 real pages; F1 over 4-token shingles)",
                    "specledger bench extraction " + extraction, () -> Files.isRegularFile(extraction.resolve("ground-truth.json"))
                            ? "```\n" + ExtractionBench.run(extraction, null).format() + "\n```"
                            : "(skipped: no benchmark folder at " + extraction + ")");
            section(md, "Publication dates (real pages; htmldate's score, now fixed at 2026-12-01)",
                    "specledger bench dates " + dates, () -> Files.isRegularFile(dates.resolve("expected.json"))
                            ? Dates.figures(dates)
                            : "(skipped: no benchmark folder at " + dates + ")");
            section(md, "Claim-extraction throughput (one thread)", "specledger bench claims --megabytes 10",
                    () -> "```\n" + org.specledger.bench.extraction.ExtractionThroughput.run(10) + "\n```");
            section(md, "Search (" + searchDocs + " generated documents)", "specledger bench search --docs " + searchDocs,
                    () -> "```\n" + org.specledger.bench.search.SearchBench.run(Files.createTempDirectory("specledger-bench-search-"), searchDocs) + "\n```");
            section(md, "Crawl (" + crawlPages + " pages on loopback, beside wget)", "specledger bench crawl --pages " + crawlPages,
                    () -> "```\n" + Crawl.figures(crawlPages) + "\n```");
            section(md, "Ingest (" + ingestDocs + " articles from disk, child JVM -Xmx1g)", "specledger bench ingest --docs " + ingestDocs,
                    () -> Ingest.figures(ingestDocs));
            var load = org.specledger.bench.LoadBench.Options.bench();
            section(md, "Load (" + load.requestsPerSecond() + " requests/s for " + loadSeconds + " s while a writer imports "
                            + load.writerDocsPerSecond() + " documents/s)", "specledger bench load --seconds " + loadSeconds,
                    () -> Load.figures(loadSeconds, load.requestsPerSecond(), load.writerDocsPerSecond(),
                            (int) load.warmUp().toSeconds()));
            Path file = org.specledger.bench.BenchReport.write(out, "all", md.toString(),
                    java.util.List.of("Readability.js and trafilatura: stored outputs on the same 127 pages, scored in the same run",
                            "htmldate 1.10: its published figures on the same publication-date pages (the set's README; not runnable here)",
                            "bare Lucene IndexSearcher on the same index, same queries (search)",
                            "wget --recursive on the same loopback site (crawl)"));
            System.out.println(md);
            System.out.println("report written to " + file);
            return 0;
        }

        private interface Part {
            String run() throws Exception;
        }

        private static void section(StringBuilder md, String title, String command, Part part) {
            System.err.println("bench all: " + title + " …");
            md.append("## ").append(title).append("\n\nReproduce: `./specledger ").append(command.replaceFirst("^specledger ", ""))
                    .append("`\n\n");
            long t = System.nanoTime();
            try {
                md.append(part.run().strip());
            } catch (Exception | Error e) {
                md.append("(failed: ").append(e).append(")");
            }
            md.append(String.format("%n%n_(section took %.0f s)_%n%n", (System.nanoTime() - t) / 1e9));
        }
    }
}
