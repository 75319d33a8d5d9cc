package org.specledger.claims.reconcile;

/**
 * What reconciliation needs of a document: identity, links, publisher, date and main text.
 *
 * @param canonicalUrl the page's own canonical link, or null
 * @param publisher    the publisher's name as stored, or null (the URL's host then stands in)
 * @param publishedAt  ISO-8601 date or date-time, or null when unknown
 * @param text         the main text (for near-duplicate detection and "Source:" lines); null is read as empty
 */
public record DocInfo(long id, String url, String canonicalUrl, String publisher, String publishedAt, String text) {

    public DocInfo {
        text = text == null ? "" : text;
    }
}
