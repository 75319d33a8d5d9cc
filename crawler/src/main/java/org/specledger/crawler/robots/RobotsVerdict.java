package org.specledger.crawler.robots;

import java.time.Duration;
import java.time.Instant;

/**
 * What robots.txt says about one URL.
 *
 * @param allowed    true when the URL may be fetched now
 * @param crawlDelay the site's Crawl-delay, or null when it sets none
 * @param retryAt    when robots.txt could not be read (5xx, unreachable): the URL is not refused but must wait
 *                   until then (RFC 9309 §2.3.1.4 treats the site as fully disallowed meanwhile); else null
 * @param fetched    true when robots.txt was fetched for this answer (the caller owes the host a delay)
 * @param reason     why it is not allowed, in words, or null
 */
public record RobotsVerdict(boolean allowed, Duration crawlDelay, Instant retryAt, boolean fetched, String reason) {
}
