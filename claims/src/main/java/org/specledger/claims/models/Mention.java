package org.specledger.claims.models;

import org.specledger.claims.Model;

/**
 * A model named in normalized text.
 *
 * @param listed true when the name is in the curated list; false for a name recognised by its pattern only
 */
public record Mention(Model model, int start, int end, boolean listed) {
}
