package org.specledger.db;

/**
 * One URL of the crawl frontier.
 *
 * @param state queued, fetching, fetched, failed or skipped
 */
public record FrontierEntry(long id, String url, Long sourceId, int depth, String state, int attempts,
                            String nextFetchAt, String etag, String lastModified, Integer lastStatus,
                            String lastError, String fetchedAt, String contentHash, Long documentId) {
}
