package org.specledger.claims.extract;

import org.specledger.claims.numbers.Quantity;

/**
 * One quantity with the words around it inside its clause (lower case, at most 40 chars each side, never past the
 * neighbouring numbers), for the attribute classifiers.
 *
 * @param clause the lower-case clause that holds the quantity
 */
record NumberContext(SentenceAnnotation s, Quantity q, String left, String right, String clause) {
    /** The last/first 25 chars on either side joined by " # ": what "near the number" means for cue words. */
    String near() {
        return left.substring(Math.max(0, left.length() - 25)) + " # " + right.substring(0, Math.min(right.length(), 25));
    }
}
