package org.specledger.app.cli;

/** A command failed for a reason the user can act on; printed as one line, exit code as given. */
public final class CliException extends RuntimeException {
    private final int exitCode;

    public CliException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    public CliException(String message) {
        this(message, Main.EXIT_USAGE);
    }

    public int exitCode() {
        return exitCode;
    }
}
