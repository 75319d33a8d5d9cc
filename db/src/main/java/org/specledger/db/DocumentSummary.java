package org.specledger.db;

/** A document as listings show it (SPEC_SCHEMA.md, GET /api/documents). */
public record DocumentSummary(long id, String url, String title, String publisher, String publishedAt,
                              String language, int claimCount) {
}
