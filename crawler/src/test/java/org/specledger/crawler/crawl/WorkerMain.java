package org.specledger.crawler.crawl;

import java.time.Duration;
import org.specledger.claims.extract.ClaimExtractor;
import org.specledger.article.ArticleExtractor;
import org.specledger.ingest.Ingester;
import org.specledger.db.Database;

/** A crawl worker in its own JVM, for {@link WorkerTest} to kill: args DB_URL DELAY_MS LEASE_SECONDS. */
public final class WorkerMain {
    private WorkerMain() {
    }

    public static void main(String[] args) throws Exception {
        Duration delay = Duration.ofMillis(Long.parseLong(args[1]));
        CrawlConfig cfg = CrawlConfig.of(b -> {
            b.hostDelay = delay;
            b.loopbackDelay = delay;
            b.allowPrivateAddresses = true;
        });
        try (Database db = Database.connect(args[0], null);
             Worker w = new Worker(db, new Ingester(db, new ArticleExtractor(), ClaimExtractor.withDefaults()), cfg,
                     "child", Duration.ofSeconds(Long.parseLong(args[2])))) {
            System.out.println("started");
            System.out.flush();
            w.run(null, null);
        }
    }
}
