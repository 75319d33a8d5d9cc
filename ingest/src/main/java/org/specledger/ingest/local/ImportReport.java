package org.specledger.ingest.local;

import java.util.List;

/**
 * The summary of one import run: counts and, for each failure, the file and a reason a person understands.
 */
public record ImportReport(int created, int unchanged, List<Failure> failures) {

    /** A file that was not imported, and why. */
    public record Failure(String path, String reason) {
    }

    public int failed() {
        return failures.size();
    }

    /** "N new, M unchanged, K failed". */
    public String summary() {
        return created + " new, " + unchanged + " unchanged, " + failed() + " failed";
    }
}
