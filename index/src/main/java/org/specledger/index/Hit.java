package org.specledger.index;

import java.util.List;

/**
 * One matching document.
 *
 * @param publishedAt ISO date as stored, or null
 * @param score       relevance score; 0 when sorted by date
 * @param snippets    passages of the title and text with the matched words marked (the document's opening when
 *                    the match is in a claim field only). Plain text, never HTML: the caller escapes it
 */
public record Hit(long documentId, String title, String url, String publisher, String publishedAt, float score,
                  List<Snippet> snippets) {

    public Hit {
        snippets = List.copyOf(snippets);
    }
}
