package org.specledger.ingest;

import java.time.Instant;
import java.util.Objects;

/**
 * A page as fetched or read from disk, before anything is extracted from it.
 *
 * @param url         where it came from (http(s) URL, or a file: URI for imports)
 * @param body        the raw bytes, already capped by the fetcher
 * @param contentType the Content-Type header or a type guessed from the file name, may be null
 * @param fetchedAt   when it was fetched or read
 * @param sourceId    the crawl source it belongs to, or null
 * @param truncated   true when the fetcher cut the body at its size cap
 */
public record RawPage(String url, byte[] body, String contentType, Instant fetchedAt, Long sourceId, boolean truncated) {
    public RawPage {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
    }
}
