package org.specledger.app.cli;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.specledger.claims.Flag;
import org.specledger.claims.reconcile.ReconcileResult;
import org.specledger.app.AppContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "reconcile", mixinStandardHelpOptions = true,
        description = "Recompute consensus, syndication groups and flags for every model, and store them.")
final class ReconcileCommand implements Callable<Integer> {
    @Mixin
    Main.DataOption data;

    @Option(names = "--quiet", description = "Print only the summary line.")
    boolean quiet;

    @Override
    public Integer call() {
        try (AppContext app = Contexts.open(data)) {
            ReconcileResult r = app.reconcileAll();
            Map<String, Integer> byKind = new TreeMap<>();
            for (Flag f : r.flags()) {
                byKind.merge(f.kind().json(), 1, Integer::sum);
                if (!quiet) {
                    System.out.println(f.kind().json() + " | " + f.model() + " | " + f.attribute() + " | " + f.reason());
                }
            }
            long models = r.consensus().stream().map(c -> c.model()).distinct().count();
            System.out.println(models + " models, " + r.consensus().size() + " consensus values, "
                    + r.flags().size() + " flags " + byKind);
            return 0;
        }
    }
}
