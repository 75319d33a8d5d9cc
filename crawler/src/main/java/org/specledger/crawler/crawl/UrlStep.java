package org.specledger.crawler.crawl;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.specledger.crawler.discovery.Listing;
import org.specledger.crawler.discovery.ListingReader;
import org.specledger.crawler.discovery.SourceKind;
import org.specledger.crawler.fetch.FetchResult;
import org.specledger.crawler.fetch.Fetcher;
import org.specledger.crawler.frontier.Scope;
import org.specledger.crawler.frontier.UrlNormalizer;
import org.specledger.ingest.IngestOutcome;
import org.specledger.ingest.Ingester;
import org.specledger.ingest.RawPage;
import org.specledger.crawler.robots.RobotsCache;
import org.specledger.crawler.robots.RobotsVerdict;
import org.specledger.db.Database;
import org.specledger.db.FrontierEntry;
import org.specledger.db.FrontierRepository;
import org.specledger.db.FrontierRepository.Ending;
import org.specledger.db.Source;
import org.specledger.db.SourceRepository;

/**
 * Everything that happens to one frontier entry, in order: robots.txt, fetch, then by content either a
 * listing (feed, sitemap) whose pages are queued, or a page whose links are queued and which, if it is an
 * article, goes to the {@link Ingester}. Every ending goes to the frontier and the crawl log through the
 * {@link CrawlJournal} (in batches); nothing is thrown for what a site does.
 */
final class UrlStep {
    private final CrawlConfig cfg;
    private final FrontierRepository frontier;
    private final SourceRepository sources;
    private final Fetcher fetcher;
    private final RobotsCache robots;
    private final Ingester ingester;
    private final CrawlJournal journal;
    private final Map<Long, Source> sourceCache = new ConcurrentHashMap<>();

    UrlStep(CrawlConfig cfg, Database db, Fetcher fetcher, RobotsCache robots, Ingester ingester, CrawlJournal journal) {
        this.cfg = cfg;
        this.frontier = db.frontier();
        this.sources = db.sources();
        this.fetcher = fetcher;
        this.robots = robots;
        this.ingester = ingester;
        this.journal = journal;
    }

    void forgetSources() {
        sourceCache.clear();
    }

    /**
     * Handles one claimed entry. Storing an article may be handed to {@code ingestThreads}; {@code done}
     * runs when the entry's ending is written (so that a stop waits for it).
     */
    void process(FrontierEntry e, HostSlot slot, RunTally tally, Executor ingestThreads, Runnable done) {
        boolean handedOff = false;
        try {
            tally.lastHost = slot.host;
            Source src = e.sourceId() == null ? null : sourceCache.computeIfAbsent(e.sourceId(), id -> sources.find(id).orElse(null));
            RobotsVerdict verdict = robots.check(e.url());
            slot.delay = verdict.crawlDelay() == null ? slot.baseDelay
                    : min(verdict.crawlDelay(), cfg.maxCrawlDelay());
            if (verdict.retryAt() != null) {
                frontier.requeue(e.url(), verdict.retryAt());
                log(e, "waiting", null, verdict.reason() + "; asking again at " + verdict.retryAt());
                tally.retried.incrementAndGet();
                return;
            }
            if (verdict.fetched() && !pause(slot.delay)) {
                frontier.requeue(e.url(), Instant.now());
                return;
            }
            if (!verdict.allowed()) {
                end(e, "skipped", null, verdict.reason(), tally);
                return;
            }
            FetchResult r = fetcher.fetch(e.url(), e.etag(), e.lastModified());
            switch (r.outcome()) {
                case NOT_MODIFIED -> {
                    journal.end(new Ending(e.id(), "fetched", r.status(), first(r.etag(), e.etag()),
                            first(r.lastModified(), e.lastModified()), null, null, null, Instant.now()),
                            e.sourceId(), e.url(), "unchanged", "304 not modified", true, null);
                    tally.fetched.incrementAndGet();
                    tally.unchanged.incrementAndGet();
                }
                case RETRY -> retry(e, r, tally);
                case FAILED -> end(e, "failed", r.status(), r.reason(), tally);
                case SKIPPED -> end(e, "skipped", r.status(), r.reason(), tally);
                case OK -> handedOff = content(e, src, r, tally, ingestThreads, done);
            }
        } catch (RuntimeException ex) {
            // A bug or a database error: the entry is ended with the cause so that the run goes on.
            try {
                end(e, "failed", null, "internal error: " + ex, tally);
            } catch (RuntimeException ignored) {
                // the database itself is failing; the entry stays 'fetching' and is recovered next start
            }
        } finally {
            if (!handedOff) {
                done.run();
            }
        }
    }

    private void retry(FrontierEntry e, FetchResult r, RunTally tally) {
        int attempt = e.attempts() + 1;
        Integer status = r.status() == 0 ? null : r.status();
        if (attempt >= cfg.maxAttempts()) {
            end(e, "failed", status, r.reason() + " (gave up after " + attempt + " attempts)", tally);
            return;
        }
        Duration wait = r.retryAfter() != null ? min(r.retryAfter(), cfg.maxRetryAfter())
                : cfg.retryBase().multipliedBy(1L << Math.min(attempt - 1, 20));
        Instant at = Instant.now().plus(wait);
        journal.end(new Ending(e.id(), "queued", status, null, null, null, r.reason(), at, Instant.now()), e.sourceId(),
                e.url(), "retry", r.reason() + "; attempt " + attempt + " of " + cfg.maxAttempts() + ", next at " + at, null, null);
        tally.retried.incrementAndGet();
    }

    /** Returns true when the ending was handed to the ingest threads. */
    private boolean content(FrontierEntry e, Source src, FetchResult r, RunTally tally, Executor ingestThreads, Runnable done) {
        String url = UrlNormalizer.normalize(r.finalUrl()).orElse(e.url());
        if (r.truncated()) {
            log(e, "truncated", r.status(), "body cut at " + cfg.maxBytes() + " bytes (the size cap)");
        }
        Scope scope = src == null ? new Scope(UrlNormalizer.host(e.url()), null, 0, null) : Scope.of(src);
        SourceKind kind = SourceKind.detect(r.contentType(), r.body());
        if (src != null && e.url().equals(src.url()) && !kind.dbName().equals(src.kind())) {
            sources.updateKind(src.id(), kind.dbName());
            sourceCache.remove(src.id());
        }
        if (kind != SourceKind.PAGE) {
            listing(e, kind, url, scope, r, tally);
            return false;
        }
        if (e.depth() < scope.maxDepth()) {
            int depth = e.depth() + 1;
            Set<String> inScope = new LinkedHashSet<>();
            for (String link : links(url, r)) {
                if (scope.follows(link, depth)) {
                    inScope.add(link);
                }
            }
            journal.queue(inScope, e.sourceId(), depth);
        }
        if (!scope.isArticle(url)) {
            fetched(e, r, null, tally, "followed (not an article)");
            return false;
        }
        RawPage page = new RawPage(url, r.body(), r.contentType(), Instant.now(), e.sourceId(), r.truncated());
        ingestThreads.execute(() -> {
            try {
                IngestOutcome out = ingester.ingest(page);
                if (out.failed()) {
                    end(e, "failed", r.status(), out.reason(), tally);
                } else {
                    if (out.status() == IngestOutcome.Status.UNCHANGED) {
                        tally.unchanged.incrementAndGet();
                    } else {
                        tally.stored.incrementAndGet();
                    }
                    fetched(e, r, out.documentId(), tally, out.status().name().toLowerCase(Locale.ROOT)
                            + (out.claimCount() > 0 ? ", " + out.claimCount() + " claims" : ""));
                }
            } catch (RuntimeException ex) {
                end(e, "failed", r.status(), "internal error while storing: " + ex, tally);
            } finally {
                done.run();
            }
        });
        return true;
    }

    private void listing(FrontierEntry e, SourceKind kind, String url, Scope scope, FetchResult r, RunTally tally) {
        Listing listing;
        try {
            listing = ListingReader.read(kind, url, r.contentType(), r.body());
        } catch (ListingReader.UnreadableListingException ex) {
            end(e, "failed", r.status(), ex.getMessage(), tally);
            return;
        }
        Set<String> pages = new LinkedHashSet<>();
        int revised = 0;
        for (Listing.Item item : listing.pages()) {
            String u = UrlNormalizer.normalize(item.url()).orElse(null);
            if (u == null || !scope.follows(u, e.depth() + 1)) {
                continue;
            }
            pages.add(u);
            if (item.updated() != null && requeueIfUpdated(u, item.updated())) {
                revised++;
            }
        }
        journal.queue(pages, e.sourceId(), e.depth() + 1);
        Set<String> children = new LinkedHashSet<>();
        for (String s : listing.sitemaps()) {
            UrlNormalizer.normalize(s).filter(u -> scope.follows(u, e.depth())).ifPresent(children::add);
        }
        journal.queue(children, e.sourceId(), e.depth());
        fetched(e, r, null, tally, kind.dbName() + ": " + pages.size() + " pages, " + children.size() + " sitemaps"
                + (revised > 0 ? ", " + revised + " updated since last fetch" : ""));
    }

    /** A listed page that changed after we fetched it goes back to the queue (the recrawl of a revision). */
    private boolean requeueIfUpdated(String url, Instant updated) {
        return frontier.find(url)
                .filter(f -> f.fetchedAt() != null && ("fetched".equals(f.state())))
                .filter(f -> updated.isAfter(Instant.parse(f.fetchedAt())))
                .map(f -> {
                    frontier.requeue(url, Instant.now());
                    return true;
                }).orElse(false);
    }

    /** The links of an HTML page, normalized (the caller keeps those in scope). */
    private static Set<String> links(String url, FetchResult r) {
        Set<String> out = new LinkedHashSet<>();
        try {
            var doc = Jsoup.parse(new ByteArrayInputStream(r.body()), charset(r.contentType()), url);
            for (Element a : doc.select("a[href]")) {
                UrlNormalizer.normalize(a.absUrl("href")).ifPresent(out::add);
            }
        } catch (IOException | RuntimeException e) {
            // links are a bonus: a page we cannot parse is still handed to the extractor, which reports why
        }
        return out;
    }

    /** The charset named in a Content-Type header if Java knows it; null lets Jsoup sniff the page. */
    private static String charset(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                String name = p.substring(8).replace("\"", "").strip();
                try {
                    return Charset.isSupported(name) ? name : null;
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    return null;
                }
            }
        }
        return null;
    }

    private void fetched(FrontierEntry e, FetchResult r, Long documentId, RunTally tally, String message) {
        journal.end(new Ending(e.id(), "fetched", r.status(), r.etag(), r.lastModified(), documentId, null, null,
                Instant.now()), e.sourceId(), e.url(), "fetched", message, true, null);
        tally.fetched.incrementAndGet();
    }

    /** Ends an entry as failed (counted against its source) or skipped. */
    private void end(FrontierEntry e, String state, Integer statusOrZero, String reason, RunTally tally) {
        Integer status = statusOrZero == null || statusOrZero == 0 ? null : statusOrZero;
        boolean failed = state.equals("failed");
        journal.end(new Ending(e.id(), state, status, null, null, null, reason, null, Instant.now()), e.sourceId(),
                e.url(), state, reason, failed ? false : null, reason);
        (failed ? tally.failed : tally.skipped).incrementAndGet();
    }

    private void log(FrontierEntry e, String event, Integer status, String message) {
        journal.log(e.sourceId(), e.url(), event, status, message);
    }

    /** Sleeps for the host's delay; false when interrupted. */
    private static boolean pause(Duration d) {
        if (d.isZero()) {
            return true;
        }
        try {
            Thread.sleep(d);
            return true;
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }
}
