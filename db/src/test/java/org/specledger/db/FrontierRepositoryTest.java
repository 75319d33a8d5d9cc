package org.specledger.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrontierRepositoryTest {
    @TempDir
    Path dir;
    FrontierRepository frontier;
    final Instant t0 = Instant.parse("2026-11-24T10:00:00Z");

    @BeforeEach
    void open() throws Exception {
        frontier = Database.open(dir).frontier();
    }

    @Test
    void aBatchClaimTakesOnlyDueQueuedEntriesOfTheOriginOldestFirstAndNeverTwice() {
        frontier.enqueue("https://a.example/2", null, 1, t0.plusSeconds(2));
        frontier.enqueue("https://a.example/1", null, 1, t0.plusSeconds(1));
        frontier.enqueue("https://a.example/later", null, 1, t0.plusSeconds(3600));
        frontier.enqueue("https://a.example.org/other-host", null, 1, t0);
        frontier.enqueue("https://b.example/other-origin", null, 1, t0);

        List<FrontierEntry> first = frontier.claimDue("https://a.example", t0.plusSeconds(60), 10);

        assertThat(first).extracting(FrontierEntry::url).containsExactly("https://a.example/1", "https://a.example/2");
        assertThat(first).allSatisfy(e -> assertThat(e.state()).isEqualTo("fetching"));
        assertThat(frontier.claimDue("https://a.example", t0.plusSeconds(60), 10)).as("a second crawler").isEmpty();
        assertThat(frontier.find("https://b.example/other-origin").orElseThrow().state()).isEqualTo("queued");
    }

    @Test
    void releasedEntriesAreQueuedAgainButEndedOnesStayEnded() {
        frontier.enqueue("https://a.example/1", null, 0, t0);
        frontier.enqueue("https://a.example/2", null, 0, t0);
        List<FrontierEntry> claimed = frontier.claimDue("https://a.example", t0, 10);
        frontier.record(List.of(new FrontierRepository.Ending(claimed.get(0).id(), "fetched", 200, "\"e1\"", null, null,
                null, null, t0)), List.of());

        int released = frontier.release(claimed.stream().map(FrontierEntry::id).toList());

        assertThat(released).isEqualTo(1);
        assertThat(frontier.find("https://a.example/1").orElseThrow().state()).isEqualTo("fetched");
        assertThat(frontier.find("https://a.example/2").orElseThrow().state()).isEqualTo("queued");
    }

    @Test
    void recordWritesEveryKindOfEndingAndQueuesOnlyNewUrls() {
        for (String p : List.of("/ok", "/retry", "/gone")) {
            frontier.enqueue("https://a.example" + p, null, 0, t0);
        }
        List<FrontierEntry> c = frontier.claimDue("https://a.example", t0, 10);
        long ok = id(c, "/ok");
        long retry = id(c, "/retry");
        long gone = id(c, "/gone");

        List<String> added = frontier.record(List.of(
                new FrontierRepository.Ending(ok, "fetched", 200, "\"v1\"", "Mon, 23 Nov 2026 10:00:00 GMT", null, null, null, t0),
                new FrontierRepository.Ending(retry, "queued", 503, null, null, null, "503 busy", t0.plusSeconds(30), t0),
                new FrontierRepository.Ending(gone, "failed", 404, null, null, null, "404 not found", null, t0)),
                List.of(new FrontierRepository.NewUrl("https://a.example/ok", 1L, 1, t0),
                        new FrontierRepository.NewUrl("https://a.example/new", null, 1, t0)));

        assertThat(added).containsExactly("https://a.example/new");
        FrontierEntry okEntry = frontier.find("https://a.example/ok").orElseThrow();
        assertThat(okEntry.state()).isEqualTo("fetched");
        assertThat(okEntry.etag()).isEqualTo("\"v1\"");
        assertThat(okEntry.attempts()).isEqualTo(1);
        FrontierEntry retryEntry = frontier.find("https://a.example/retry").orElseThrow();
        assertThat(retryEntry.state()).isEqualTo("queued");
        assertThat(retryEntry.nextFetchAt()).isEqualTo(t0.plusSeconds(30).toString());
        assertThat(retryEntry.lastError()).isEqualTo("503 busy");
        assertThat(frontier.find("https://a.example/gone").orElseThrow().lastError()).isEqualTo("404 not found");
        assertThat(frontier.find("https://a.example/new").orElseThrow().state()).isEqualTo("queued");
    }

    private static long id(List<FrontierEntry> entries, String path) {
        return entries.stream().filter(e -> e.url().endsWith(path)).findFirst().orElseThrow().id();
    }
}
