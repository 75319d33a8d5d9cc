package org.specledger.app.cli;

import java.util.concurrent.Callable;
import org.specledger.app.AppContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = "Rebuild the search index from the database alone.")
final class ReindexCommand implements Callable<Integer> {
    @Mixin
    Main.DataOption data;

    @picocli.CommandLine.Option(names = "--force",
            description = "Also empty a search index that holds documents when the database holds none"
                    + " (refused without it: a truncated or replaced database must not wipe the index).")
    boolean force;

    @Override
    public Integer call() {
        try (AppContext app = Contexts.open(data, force)) {
            long t = System.nanoTime();
            int n = app.indexStage().rebuild();
            System.out.printf("reindexed %d documents in %.1f s%n", n, (System.nanoTime() - t) / 1e9);
            return 0;
        }
    }
}
