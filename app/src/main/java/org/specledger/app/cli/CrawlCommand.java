package org.specledger.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.specledger.crawler.crawl.CrawlProgress;
import org.specledger.crawler.crawl.CrawlSummary;
import org.specledger.crawler.crawl.Crawler;
import org.specledger.app.AppContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "crawl", mixinStandardHelpOptions = true,
        description = "Crawl the sources (and the seeds given), politely, until nothing is due; resumes a killed crawl.")
final class CrawlCommand implements Callable<Integer> {
    @Mixin
    Main.DataOption data;

    @Mixin
    CrawlOptions crawl;

    @Option(names = "--seeds", paramLabel = "FILE", description = "One URL a line (# comments); each becomes a source.")
    Path seeds;

    @Option(names = "--watch", description = "Keep running: re-check feeds and sitemaps on a schedule until stopped.")
    boolean watch;

    @Option(names = "--max-minutes", paramLabel = "N", description = "Stop after N minutes (the frontier keeps the rest).")
    Long maxMinutes;

    @Option(names = "--worker", description = "Run as one of several crawl workers (any number of processes or"
            + " machines) sharing a PostgreSQL frontier (--db-url): URLs are leased, hosts are shared politely,"
            + " a killed worker's URLs return to the queue when their lease runs out.")
    boolean worker;

    @Option(names = "--lease-seconds", paramLabel = "S", defaultValue = "120",
            description = "With --worker: how long a leased URL stays this worker's before another may take it. Default: 120")
    int leaseSeconds;

    @Override
    public Integer call() {
        if (worker) {
            return runWorker();
        }
        try (AppContext app = Contexts.open(data); Crawler crawler = new Crawler(app.db(), app.ingester(), crawl.config())) {
            if (seeds != null) {
                try {
                    for (String url : Crawler.readSeeds(seeds)) {
                        try {
                            crawler.addSource(url, null, null, 2, null);
                        } catch (IllegalArgumentException e) {
                            System.err.println("skipped seed " + url + ": " + e.getMessage());
                        }
                    }
                } catch (IOException e) {
                    throw new CliException("cannot read the seeds file " + seeds + ": " + e.getMessage());
                }
            }
            Runtime.getRuntime().addShutdownHook(new Thread(crawler::stop, "specledger-crawl-stop"));
            Consumer<CrawlProgress> progress = progressPrinter(app);
            if (watch) {
                crawler.watch(progress);
                System.err.println();
                return 0;
            }
            CrawlSummary s = crawler.run(maxMinutes == null ? null : Duration.ofMinutes(maxMinutes), progress);
            System.err.println();
            System.out.println(s.fetched() + " fetched, " + s.stored() + " stored, " + s.unchanged() + " unchanged, "
                    + s.failed() + " failed, " + s.skipped() + " skipped, " + s.queuedLeft() + " left in the queue");
            return s.failed() == 0 ? 0 : Main.EXIT_PARTIAL;
        }
    }

    private Integer runWorker() {
        if (watch || seeds != null) {
            throw new CliException("--worker takes its URLs from the shared frontier: add sources and seeds with"
                    + " `specledger sources add` (or a crawl without --worker), and leave out --watch/--seeds");
        }
        if (leaseSeconds < 5) {
            throw new CliException("--lease-seconds must be 5 or more, not " + leaseSeconds);
        }
        try (AppContext app = Contexts.open(data)) {
            if (app.db().dialect() != org.specledger.db.Dialect.POSTGRESQL) {
                throw new CliException("crawl --worker needs a PostgreSQL frontier shared by the workers: pass"
                        + " --db-url jdbc:postgresql://HOST:PORT/DB (or set SPECLEDGER_DB_URL)");
            }
            org.specledger.crawler.crawl.CrawlConfig cfg = crawl.config();
            if (crawl.delayMs != null) {
                // A worker's delay holds for every host, this machine's too (the scale benchmark's loopback sites).
                cfg = cfg.with(b -> b.loopbackDelay = java.time.Duration.ofMillis(crawl.delayMs));
            }
            String id = java.lang.management.ManagementFactory.getRuntimeMXBean().getName();
            try (org.specledger.crawler.crawl.Worker w = new org.specledger.crawler.crawl.Worker(app.db(), app.ingester(),
                    cfg, id, java.time.Duration.ofSeconds(leaseSeconds))) {
                Runtime.getRuntime().addShutdownHook(new Thread(w::stop, "specledger-worker-stop"));
                CrawlSummary s = w.run(maxMinutes == null ? null : Duration.ofMinutes(maxMinutes), progressPrinter(app));
                System.err.println();
                System.out.println(s.fetched() + " fetched, " + s.stored() + " stored, " + s.unchanged() + " unchanged, "
                        + s.failed() + " failed, " + s.skipped() + " skipped, " + s.queuedLeft() + " left in the queue");
                return s.failed() == 0 ? 0 : Main.EXIT_PARTIAL;
            }
        }
    }

    /** Prints the live progress line on stderr and reconciles every few seconds while the crawl writes. */
    static Consumer<CrawlProgress> progressPrinter(AppContext app) {
        return p -> {
            System.err.print("\r" + p.line());
            System.err.flush();
            app.flushIfDue();
        };
    }
}
