package org.specledger.app;

import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.specledger.crawler.crawl.CrawlConfig;
import org.specledger.crawler.crawl.CrawlSummary;
import org.specledger.crawler.crawl.Crawler;
import org.specledger.crawler.fetch.UrlPolicy;
import org.specledger.crawler.frontier.UrlNormalizer;
import org.specledger.db.Source;
import org.specledger.web.server.ServerContext;

/**
 * Crawls started from the site's admin form: at most one crawl at a time, on its own named thread, each run
 * bounded in time. A source's URL passes the crawler's URL policy (its name resolved, every address checked) before
 * it is added, as on the command line; the fetcher checks again on every hop and connects to the address it vetted.
 */
public final class CrawlService implements ServerContext.Crawls, AutoCloseable {
    /** A crawl started from the site stops after this long; the frontier keeps the rest for the next one. */
    public static final Duration MAX_RUN = Duration.ofMinutes(30);
    private static final Logger LOG = LoggerFactory.getLogger(CrawlService.class);

    private final AppContext app;
    private final CrawlConfig cfg;
    private Thread running;
    private Crawler crawler;
    private volatile String lastOutcome;

    public CrawlService(AppContext app, CrawlConfig cfg) {
        this.app = app;
        this.cfg = cfg;
    }

    /** Adds a source (normalized URL, queued in the frontier) and starts a crawl unless one is running. */
    public synchronized Source addAndStart(String url, String kind, int depth) {
        String normalized = UrlNormalizer.normalize(url)
                .orElseThrow(() -> new IllegalArgumentException("'" + url + "' is not a URL that can be crawled"));
        // The same check as `sources add` (it resolves the name): a name that points inside is refused here, in
        // the form, not only later by the fetcher.
        new UrlPolicy(cfg.allowPrivateAddresses()).check(normalized).ifPresent(reason -> {
            throw new IllegalArgumentException(reason);
        });
        Source s = app.db().sources().add(normalized, kind, null, depth, null);
        app.db().frontier().enqueue(normalized, s.id(), 0, Instant.now());
        start();
        return s;
    }

    /** Starts a crawl of whatever is due, unless one is running; returns whether one was started. */
    public synchronized boolean start() {
        if (running != null && running.isAlive()) {
            return false;
        }
        crawler = new Crawler(app.db(), app.ingester(), cfg);
        Crawler c = crawler;
        running = new Thread(() -> run(c), "specledger-site-crawl");
        running.setDaemon(true);
        running.start();
        return true;
    }

    private void run(Crawler c) {
        try (c) {
            CrawlSummary s = c.run(MAX_RUN, p -> app.flushIfDue());
            lastOutcome = s.fetched() + " fetched, " + s.stored() + " stored, " + s.failed() + " failed";
        } catch (RuntimeException e) {
            lastOutcome = "the crawl stopped: " + e.getMessage();
            LOG.warn("crawl started from the site failed", e);
        } finally {
            app.flush();
        }
    }

    public synchronized boolean running() {
        return running != null && running.isAlive();
    }

    /** What the last finished crawl did, or null. */
    public String lastOutcome() {
        return lastOutcome;
    }

    @Override
    public synchronized void close() {
        if (crawler != null) {
            crawler.stop();
        }
        if (running != null) {
            try {
                running.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
