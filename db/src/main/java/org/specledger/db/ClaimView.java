package org.specledger.db;

import org.specledger.claims.Claim;

/**
 * A stored claim with what the API shows beside it: the model's id and the document's url, title, date and
 * publisher (SPEC_SCHEMA.md, the claim object).
 */
public record ClaimView(Claim claim, String modelId, String url, String title, String publishedAt, String publisher) {
}
