package org.specledger.claims;

import java.util.Objects;

/**
 * One stored report: the extracted article, its metadata, and the main text that claim offsets point into.
 *
 * @param id                 database id, 0 until stored
 * @param url                where it was fetched or imported from (a file: URI for imports)
 * @param canonicalUrl       the page's own canonical link, or null
 * @param publishedAt        ISO-8601 date or date-time, or null when unknown
 * @param publishedPrecision day, month, year or null
 * @param publishedSource    where the date came from: meta, jsonld, time, text, url, relative, fetch
 * @param fetchedAt          ISO-8601 instant of the fetch or import
 * @param language           BCP-47 language tag as found ("en", "zh-CN"), or null
 * @param text               the main text; claim offsets point into it
 * @param contentHash        SHA-256 (hex) of the text: with the url, the natural key of a document
 */
public record Document(
        long id,
        String url,
        String canonicalUrl,
        String title,
        String publisher,
        String byline,
        String publishedAt,
        String publishedPrecision,
        String publishedSource,
        String fetchedAt,
        String language,
        String text,
        String contentHash) {

    public Document {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
    }

    public Document withId(long newId) {
        return new Document(newId, url, canonicalUrl, title, publisher, byline, publishedAt, publishedPrecision,
                publishedSource, fetchedAt, language, text, contentHash);
    }
}
