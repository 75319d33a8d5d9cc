package org.specledger.db;

/**
 * How a stored document's dates were found, beside its publication date and source in {@code documents}.
 *
 * @param documentId   the document
 * @param modifiedAt   the last-modified date or date-time the page states, or null
 * @param confidence   how far the publication date is trusted, 0..1 (0 when there is none)
 * @param disagreement other sources that name a different day ("url 2023-11-08; text 2023-11-07"), or null
 * @param original     the original publication a republished text names ("Site: Title, 2026-02-11"), or null
 */
public record DocumentDates(long documentId, String modifiedAt, double confidence, String disagreement, String original) {

    /** True when there is nothing to store beyond the confidence. */
    public boolean isEmpty() {
        return modifiedAt == null && disagreement == null && original == null && confidence == 0;
    }
}
