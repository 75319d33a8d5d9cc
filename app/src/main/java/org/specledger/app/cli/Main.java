package org.specledger.app.cli;

import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code specledger}: the entry point. Every command takes {@code --data DIR} (default {@code ./data}) and
 * {@code --help}; failures print one line on stderr and exit non-zero, never a stack trace.
 */
@Command(name = "specledger", mixinStandardHelpOptions = true, version = "SpecLedger 0.1.0",
        description = "Collects news reports about AI models and keeps a ledger of every claimed spec.",
        subcommands = {ImportCommand.class, ServeCommand.class, DemoCommand.class, ReconcileCommand.class, ReindexCommand.class, CrawlCommand.class, SourcesCommand.class, EvalCommand.class, Main.BenchPlaceholder.class, ExportCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    /** Exit code for bad input, unusable paths and configuration errors. */
    public static final int EXIT_USAGE = 2;
    /** Exit code when a command ran but some of its work failed (e.g. files that could not be imported). */
    public static final int EXIT_PARTIAL = 1;

    /** Lucene reports its choice of vector code on java.util.logging at INFO; users need warnings only (held: JUL keeps loggers weakly). */
    private static final java.util.logging.Logger LUCENE_LOG = java.util.logging.Logger.getLogger("org.apache.lucene");
    /**
     * Lucene warns when the vector module is not added; the launcher adds it only for the commands that search or
     * index at length (so that the JVM's "Using incubator modules" warning does not greet every command).
     */
    private static final java.util.logging.Logger VECTOR_LOG =
            java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** The options every command shares. */
    public static final class DataOption {
        @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
                description = "The data folder (SQLite database and search index). Default: ./data")
        public Path data;

        @Option(names = "--db-url", paramLabel = "URL", defaultValue = "${env:SPECLEDGER_DB_URL}",
                description = "The database: jdbc:postgresql://HOST:PORT/DB (user and password from"
                        + " SPECLEDGER_DB_USER / SPECLEDGER_DB_PASSWORD) or jdbc:sqlite:FILE."
                        + " Default: $SPECLEDGER_DB_URL, else specledger.db in the data folder")
        public String dbUrl;

        @Option(names = "--search-url", paramLabel = "URL", defaultValue = "${env:SPECLEDGER_SEARCH_URL}",
                description = "The search index: an OpenSearch cluster, http://HOST:PORT[/INDEX][,http://HOST2:PORT…]"
                        + " (credentials from SPECLEDGER_SEARCH_USER / SPECLEDGER_SEARCH_PASSWORD)."
                        + " Default: $SPECLEDGER_SEARCH_URL, else the Lucene index in the data folder")
        public String searchUrl;
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (tests call this). */
    public static int run(String... args) {
        return run(cl -> { }, args);
    }

    /**
     * {@link #run(String...)} on a command line that {@code setup} may change first: the bench jar
     * ({@code org.specledger.bench.BenchMain}) puts the real {@code bench} command in place of {@link BenchPlaceholder}.
     */
    public static int run(java.util.function.Consumer<CommandLine> setup, String... args) {
        LUCENE_LOG.setLevel(java.util.logging.Level.WARNING);
        VECTOR_LOG.setLevel(java.util.logging.Level.SEVERE);
        org.specledger.web.export.PdfFactSheet.libraryLogging(false);
        CommandLine cl = new CommandLine(new Main());
        setup.accept(cl);
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("specledger: " + Failures.describe(e));
            return e instanceof CliException ce ? ce.exitCode() : EXIT_USAGE;
        });
        return cl.execute(args);
    }

    /**
     * {@code specledger bench …} as this jar sees it: the benchmarks live in the bench module, out of the runtime
     * jar, and the launcher runs {@code bench/target/specledger-bench.jar} for this command. Listed here so that
     * {@code specledger --help} names it.
     */
    @Command(name = "bench", description = "Run a benchmark and print its figures.")
    static final class BenchPlaceholder implements java.util.concurrent.Callable<Integer> {
        @CommandLine.Unmatched
        java.util.List<String> args;

        @Override
        public Integer call() {
            throw new CliException("the benchmarks are not in this jar: run them with the launcher, `./specledger bench …`"
                    + " (it runs bench/target/specledger-bench.jar)");
        }
    }
}
