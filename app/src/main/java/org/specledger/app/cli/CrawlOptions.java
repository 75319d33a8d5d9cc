package org.specledger.app.cli;

import java.time.Duration;
import org.specledger.crawler.crawl.CrawlConfig;
import picocli.CommandLine.Option;

/** Crawl settings a user may change on the command line; everything else keeps CrawlConfig's documented defaults. */
final class CrawlOptions {
    @Option(names = "--contact-url", paramLabel = "URL", defaultValue = "${env:SPECLEDGER_CONTACT_URL}",
            description = "Contact URL sent in the User-Agent (or env SPECLEDGER_CONTACT_URL).")
    String contactUrl;

    @Option(names = "--delay-ms", paramLabel = "MS", description = "Delay between requests to one host. Default: 1000 (or robots.txt Crawl-delay)")
    Long delayMs;

    @Option(names = "--allow-private-addresses", description = "Allow loopback and private-network URLs (for testing on this machine).")
    boolean allowPrivate;

    CrawlConfig config() {
        try {
            return CrawlConfig.of(b -> {
                if (contactUrl != null && !contactUrl.isBlank()) {
                    b.contactUrl = contactUrl;
                }
                if (delayMs != null) {
                    b.hostDelay = Duration.ofMillis(delayMs);
                }
                b.allowPrivateAddresses = allowPrivate;
            });
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage());
        }
    }
}
