package org.specledger.app.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.specledger.ingest.local.ImportReport;
import org.specledger.app.AppContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import files or folders (.html, .htm, .txt, .md and .gz of those). Idempotent.")
final class ImportCommand implements Callable<Integer> {
    @Mixin
    Main.DataOption data;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to import.")
    List<Path> paths;

    @Override
    public Integer call() {
        try (AppContext app = Contexts.open(data)) {
            ImportReport r = app.importPaths(paths, System.err);
            for (ImportReport.Failure f : r.failures()) {
                System.err.println("failed: " + f.path() + ": " + f.reason());
            }
            System.out.println(r.summary());
            return r.failed() == 0 ? 0 : Main.EXIT_PARTIAL;
        }
    }
}
