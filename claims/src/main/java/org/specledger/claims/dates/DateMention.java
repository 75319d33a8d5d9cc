package org.specledger.claims.dates;

/**
 * A date found in normalized text.
 *
 * @param relative true for "yesterday", "2d ago", 昨天 …, resolved against the publication date
 * @param yearInferred true when the text gave no year and the publication year was assumed ("On March 3")
 */
public record DateMention(int start, int end, ParsedDate date, boolean relative, boolean yearInferred) {
}
