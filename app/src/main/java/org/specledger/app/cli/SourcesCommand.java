package org.specledger.app.cli;

import java.util.concurrent.Callable;
import org.specledger.crawler.crawl.Crawler;
import org.specledger.db.Source;
import org.specledger.app.AppContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "sources", mixinStandardHelpOptions = true, description = "List or add crawl sources.",
        subcommands = {SourcesCommand.Add.class, SourcesCommand.ListSources.class})
final class SourcesCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add a page, RSS/Atom feed or sitemap to crawl (the kind is detected when not given).")
    static final class Add implements Callable<Integer> {
        @Mixin
        Main.DataOption data;

        @Mixin
        CrawlOptions crawl;

        @Parameters(index = "0", paramLabel = "URL")
        String url;

        @Option(names = "--kind", description = "page, feed or sitemap")
        String kind;

        @Option(names = "--prefix", paramLabel = "URL", description = "Only follow URLs starting with this. Default: same host.")
        String prefix;

        @Option(names = "--depth", defaultValue = "2", description = "Links followed at most this many hops. Default: 2")
        int depth;

        @Option(names = "--article-pattern", paramLabel = "REGEX", description = "Only URLs matching it are stored as articles.")
        String articlePattern;

        @Override
        public Integer call() {
            try (AppContext app = Contexts.open(data); Crawler crawler = new Crawler(app.db(), app.ingester(), crawl.config())) {
                Source s = crawler.addSource(url, kind, prefix, depth, articlePattern);
                System.out.println("source " + s.id() + ": " + s.url() + " (" + s.kind() + ")");
                return 0;
            } catch (IllegalArgumentException e) {
                throw new CliException(e.getMessage());
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the sources with their counts.")
    static final class ListSources implements Callable<Integer> {
        @Mixin
        Main.DataOption data;

        @Override
        public Integer call() {
            try (AppContext app = Contexts.open(data)) {
                for (Source s : app.db().sources().all()) {
                    System.out.println(s.id() + "\t" + s.kind() + "\t" + s.url() + "\tfetched " + s.fetchedCount()
                            + ", errors " + s.errorCount() + (s.lastError() == null ? "" : "\tlast error: " + s.lastError()));
                }
                return 0;
            }
        }
    }
}
