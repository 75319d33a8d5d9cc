package org.specledger.crawler.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.specledger.db.Database;
import org.specledger.db.FrontierEntry;
import org.specledger.db.FrontierRepository;
import org.specledger.db.FrontierRepository.Ending;
import org.specledger.db.Source;

class CrawlJournalTest {
    @TempDir
    Path dir;
    Database db;
    FrontierRepository frontier;
    Source source;
    final List<String> announced = new CopyOnWriteArrayList<>();
    CrawlJournal journal;

    @BeforeEach
    void setUp() throws Exception {
        db = Database.open(dir);
        frontier = db.frontier();
        source = db.sources().add("https://news.example/", "page", null, 2, null);
        journal = new CrawlJournal(frontier, db.sources(), announced::addAll);
    }

    FrontierEntry claimed(String url) {
        frontier.enqueue(url, source.id(), 0, Instant.now());
        return frontier.claimDue("https://news.example", Instant.now(), 100).stream()
                .filter(e -> e.url().equals(url)).findFirst().orElseThrow();
    }

    void fetched(FrontierEntry e) {
        journal.end(new Ending(e.id(), "fetched", 200, null, null, null, null, null, Instant.now()), source.id(), e.url(),
                "fetched", "followed", true, null);
    }

    @Test
    void anEndingWaitsForItsBatchAndIsWrittenWithTheLinksItsPageHad() {
        FrontierEntry home = claimed("https://news.example/");
        journal.queue(List.of("https://news.example/a", "https://news.example/b"), source.id(), 1);
        fetched(home);

        assertThat(frontier.find(home.url()).orElseThrow().state()).as("not written yet").isEqualTo("fetching");
        assertThat(journal.hasWaitingUrls()).isTrue();
        journal.flush();

        assertThat(frontier.find(home.url()).orElseThrow().state()).isEqualTo("fetched");
        assertThat(frontier.find("https://news.example/a").orElseThrow().depth()).isEqualTo(1);
        assertThat(announced).containsExactly("https://news.example/a", "https://news.example/b");
        assertThat(db.sources().recentLog(10)).singleElement().satisfies(l -> assertThat(l.event()).isEqualTo("fetched"));
        assertThat(db.sources().find(source.id()).orElseThrow().fetchedCount()).isEqualTo(1);
    }

    @Test
    void aFullBatchIsWrittenByTheThreadThatFilledIt() {
        for (int i = 0; i < CrawlJournal.FLUSH_ENDINGS; i++) {
            fetched(claimed("https://news.example/p" + i));
        }

        assertThat(frontier.counts()).containsEntry("fetched", CrawlJournal.FLUSH_ENDINGS).doesNotContainKey("fetching");
    }

    @Test
    void failuresCountAgainstTheSourceWithTheNewestReason() {
        FrontierEntry a = claimed("https://news.example/a");
        FrontierEntry b = claimed("https://news.example/b");
        journal.end(new Ending(a.id(), "failed", 404, null, null, null, "404 not found", null, Instant.now()), source.id(),
                a.url(), "failed", "404 not found", false, "404 not found");
        journal.end(new Ending(b.id(), "failed", 500, null, null, null, "500 gave up", null, Instant.now()), source.id(),
                b.url(), "failed", "500 gave up", false, "500 gave up");
        journal.flush();

        Source s = db.sources().find(source.id()).orElseThrow();
        assertThat(s.errorCount()).isEqualTo(2);
        assertThat(s.lastError()).isEqualTo("500 gave up");
    }

    @Test
    void anEndingLostWithAKilledProcessLeavesTheEntryToBeFetchedAgain() {
        FrontierEntry page = claimed("https://news.example/a");
        fetched(page); // then the process dies before the batch is written

        frontier.resetFetching(Instant.now()); // what the next run does first

        assertThat(frontier.find(page.url()).orElseThrow().state()).isEqualTo("queued");
    }
}
