package org.specledger.crawler.crawl;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/** The counts of one run, updated from the worker threads. */
final class RunTally {
    final AtomicInteger fetched = new AtomicInteger();
    final AtomicInteger unchanged = new AtomicInteger();
    final AtomicInteger stored = new AtomicInteger();
    final AtomicInteger failed = new AtomicInteger();
    final AtomicInteger skipped = new AtomicInteger();
    final AtomicInteger retried = new AtomicInteger();
    volatile String lastHost;

    CrawlProgress progress(int queued, Duration elapsed) {
        double s = Math.max(elapsed.toNanos() / 1e9, 1e-3);
        return new CrawlProgress(fetched.get(), stored.get(), queued, failed.get(), skipped.get(), fetched.get() / s,
                lastHost, elapsed);
    }

    CrawlSummary summary(int queuedLeft, Duration elapsed, boolean stoppedEarly) {
        return new CrawlSummary(fetched.get(), unchanged.get(), stored.get(), failed.get(), skipped.get(), retried.get(),
                queuedLeft, elapsed, stoppedEarly);
    }
}
