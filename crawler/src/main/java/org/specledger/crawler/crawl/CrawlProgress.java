package org.specledger.crawler.crawl;

import java.time.Duration;
import java.util.Locale;

/**
 * A live snapshot of a running crawl, delivered to the progress listener a few times a second.
 *
 * @param fetched        URLs fetched in this run (including 304 unchanged)
 * @param stored         new or revised documents stored in this run
 * @param queued         URLs waiting in the frontier (all sources)
 * @param failed         URLs that failed for good in this run
 * @param skipped        URLs skipped in this run (robots.txt, content type, policy)
 * @param pagesPerSecond fetched per second since the run started
 * @param currentHost    the host of the last URL handled
 */
public record CrawlProgress(int fetched, int stored, int queued, int failed, int skipped, double pagesPerSecond,
                            String currentHost, Duration elapsed) {

    /** One line for a terminal: "fetched 120 · stored 97 · queued 431 · failed 2 · skipped 5 · 8.1 pages/s · example.com". */
    public String line() {
        return String.format(Locale.ROOT, "fetched %d · stored %d · queued %d · failed %d · skipped %d · %.1f pages/s · %s",
                fetched, stored, queued, failed, skipped, pagesPerSecond, currentHost == null ? "-" : currentHost);
    }
}
