package org.specledger.db;

/**
 * A crawl source: a page, feed or sitemap with its scope rules, and what its last fetches did.
 *
 * @param kind            page, feed or sitemap
 * @param urlPrefix       only URLs starting with this are followed (null: same host)
 * @param maxDepth        links followed at most this many hops from the source
 * @param articlePattern  a regular expression an article URL must match to be stored (null: any page)
 */
public record Source(long id, String url, String kind, String urlPrefix, int maxDepth, String articlePattern,
                     String addedAt, String lastFetchAt, String lastError, int fetchedCount, int errorCount) {
}
