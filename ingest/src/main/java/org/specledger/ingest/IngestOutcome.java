package org.specledger.ingest;

/**
 * What happened to one page. A failure is data, not an exception: it carries the reason in words a person
 * understands ("binary content", "empty page", …).
 *
 * @param documentId the stored (or already known) document, null when FAILED
 */
public record IngestOutcome(Status status, Long documentId, int claimCount, String reason) {
    public enum Status { NEW, REVISED, UNCHANGED, FAILED }

    public static IngestOutcome failed(String reason) {
        return new IngestOutcome(Status.FAILED, null, 0, reason);
    }

    public boolean failed() {
        return status == Status.FAILED;
    }
}
