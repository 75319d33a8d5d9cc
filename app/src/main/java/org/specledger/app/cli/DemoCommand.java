package org.specledger.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.specledger.ingest.local.ImportReport;
import org.specledger.app.AppContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Import the bundled samples into a fresh data folder and serve them.")
final class DemoCommand implements Callable<Integer> {
    @Option(names = "--data", paramLabel = "DIR",
            description = "A fresh (empty or missing) data folder for the demo. Default: a new temporary folder.")
    Path data;

    @Option(names = "--samples", paramLabel = "DIR",
            description = "The sample corpus. Default: samples/ of the SpecLedger checkout.")
    Path samples;

    @Mixin
    ServeCommand.ServerOptions server;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Path dir = data != null ? data : Files.createTempDirectory("specledger-demo-");
        if (Files.isDirectory(dir)) {
            try (var entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    throw new CliException("the demo needs a fresh data folder, but " + dir
                            + " is not empty; pass another --data DIR or leave it out");
                }
            }
        }
        Path corpus = samples != null ? samples : defaultSamples();
        if (!Files.isDirectory(corpus)) {
            throw new CliException("no sample corpus at " + corpus + "; pass --samples DIR");
        }
        try (AppContext app = Contexts.open(dir)) {
            ImportReport r = app.importPaths(articlesIn(corpus), System.err);
            System.out.println("demo data in " + app.dataDir() + ": " + r.summary());
            ServeCommand.serveUntilStopped(app, server.config());
            return 0;
        }
    }

    /** The article pages of the corpus (its README and gold file are documentation, not articles). */
    static List<Path> articlesIn(Path corpus) throws IOException {
        try (var files = Files.list(corpus)) {
            return files.filter(f -> f.getFileName().toString().matches("(?i).*\\.html?(\\.gz)?$")).sorted().toList();
        }
    }

    /** samples/ beside the launcher (SPECLEDGER_HOME), else under the working folder. */
    static Path defaultSamples() {
        String home = System.getenv("SPECLEDGER_HOME");
        return (home == null ? Path.of("") : Path.of(home)).resolve("samples").toAbsolutePath();
    }
}
