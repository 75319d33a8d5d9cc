package org.specledger.web.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.specledger.crawler.crawl.CrawlProgress;
import org.specledger.crawler.crawl.CrawlSummary;
import org.specledger.crawler.crawl.Crawler;
import org.specledger.web.app.AppContext;
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

    @Override
    public Integer call() {
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

    /** Prints the live progress line on stderr and reconciles every few seconds while the crawl writes. */
    static Consumer<CrawlProgress> progressPrinter(AppContext app) {
        return p -> {
            System.err.print("\r" + p.line());
            System.err.flush();
            app.flushIfDue();
        };
    }
}
