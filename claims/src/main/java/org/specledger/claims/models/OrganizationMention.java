package org.specledger.claims.models;

/** An organisation named in normalized text, by its canonical name. */
public record OrganizationMention(String organization, int start, int end) {
}
