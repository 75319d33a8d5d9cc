package org.specledger.crawler.fetch;

import java.time.Duration;

/**
 * What one fetch did. A failure is data: {@code outcome} says what to do with the URL and {@code reason}
 * says why in words.
 *
 * @param url          the URL asked for
 * @param finalUrl     where the redirects ended (equal to {@code url} without redirects)
 * @param status       the last HTTP status, or 0 when no response came
 * @param contentType  the Content-Type header, may be null
 * @param body         the bytes read (capped), empty unless OK
 * @param truncated    true when the body was cut at the size cap
 * @param etag         the ETag validator for the next conditional GET, may be null
 * @param lastModified the Last-Modified validator for the next conditional GET, may be null
 * @param retryAfter   the server's Retry-After, or null
 * @param reason       why the fetch did not succeed, null when OK or NOT_MODIFIED
 */
public record FetchResult(String url, String finalUrl, Outcome outcome, int status, String contentType, byte[] body,
                          boolean truncated, String etag, String lastModified, Duration retryAfter, String reason) {

    public enum Outcome {
        /** A body was read. */
        OK,
        /** 304: the copy fetched last time is still current. */
        NOT_MODIFIED,
        /** A transient failure (429, 5xx, timeout, connection error): try again later. */
        RETRY,
        /** A permanent failure (4xx, redirect loop, binary content): do not try again. */
        FAILED,
        /** Not for us (content type, URL policy): recorded and left alone. */
        SKIPPED
    }

    static FetchResult problem(String url, String finalUrl, Outcome outcome, int status, Duration retryAfter, String reason) {
        return new FetchResult(url, finalUrl, outcome, status, null, new byte[0], false, null, null, retryAfter, reason);
    }
}
