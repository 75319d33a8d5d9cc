package org.specledger.crawler.crawl;

import java.time.Duration;

/**
 * What one {@code run} did.
 *
 * @param fetched        URLs fetched (a 200 or a 304)
 * @param unchanged      of those, 304 Not Modified or the same text as stored
 * @param stored         new or revised documents
 * @param failed         URLs that failed for good
 * @param skipped        URLs skipped with a reason
 * @param retried        transient failures scheduled for another attempt
 * @param queuedLeft     queued URLs left in the frontier at the end (not yet due, or time was up)
 * @param stoppedEarly   true when time ran out or {@code stop()} was called before the frontier was done
 */
public record CrawlSummary(int fetched, int unchanged, int stored, int failed, int skipped, int retried,
                           int queuedLeft, Duration elapsed, boolean stoppedEarly) {

    public double pagesPerSecond() {
        double s = elapsed.toNanos() / 1e9;
        return s <= 0 ? 0 : fetched / s;
    }
}
