package org.specledger.claims.text;

/**
 * One sentence as offsets into a {@link NormalizedText}'s normalized text.
 *
 * @param start          first char (never white space)
 * @param end            just past the last char
 * @param paragraph      0-based paragraph number (paragraphs are separated by blank lines)
 * @param firstInParagraph true for a paragraph's first sentence
 */
public record Sentence(int start, int end, int paragraph, boolean firstInParagraph) {
}
