package org.specledger.bench;

import org.specledger.app.cli.Main;

/**
 * The bench jar's entry point: the whole {@code specledger} command line, with the real {@code bench} command in
 * place of the runtime jar's placeholder. The launcher runs it for {@code specledger bench …}, so the options and
 * the output are those of the one command line.
 */
public final class BenchMain {
    private BenchMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line with the benchmarks and returns the exit code. */
    public static int run(String... args) {
        return Main.run(cl -> {
            cl.getCommandSpec().removeSubcommand("bench");
            cl.addSubcommand("bench", new BenchCommand());
        }, args);
    }
}
