package org.specledger.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.specledger.app.AppContext;
import org.specledger.bench.LoadBench;

/**
 * The server under a fixed rate of mixed requests while a writer imports documents (the CI cut of
 * {@link LoadBench}): no request may fail, and no response may show a document without all of its claims.
 */
class LoadTest {
    /** The most of the offered requests that may be dropped. */
    static final double MAX_DROPPED = 0.05;

    @TempDir
    Path tmp;

    @Test
    void mixedTrafficDuringImportsGetsNoErrorsAndNoHalfWrittenDocument() throws Exception {
        // 50 requests/s while the writer imports 10 documents/s (a busy polite crawl): a rate this server answers
        // on a shared 2-core CI machine, so that a drop means a regression. `bench load` carries the 500/s goal.
        LoadBench.Options o = new LoadBench.Options(Duration.ofSeconds(10), 50, 100, 5_000, 42, 10);
        LoadBench.Result r;
        try (AppContext app = AppContext.open(tmp.resolve("data"))) {
            r = LoadBench.measure(app, o);
        }
        assertThat(r.routes()).contains("/documents/{id}", "/api/documents", "/health");
        assertThat(r.sent()).as("requests sent").isEqualTo(500 - r.dropped());
        assertThat(r.answered()).as("every request answered").isEqualTo(r.sent());
        assertThat(r.errorSamples()).as(r.markdown()).isEmpty();
        assertThat(r.errors()).isZero();
        assertThat(r.deliberateBad()).as("the deliberately bad requests were sent and refused").isPositive();
        assertThat(r.halfWritten()).isEmpty();
        assertThat(r.written()).as("the writer stored documents while the readers read").isPositive();
        // A run that drops requests is not a clean run (issue 14, item 3): more than 5 % dropped fails.
        assertThat(r.offered()).isEqualTo(500);
        assertThat(r.droppedShare()).as("share of offered requests dropped\n" + r.markdown()).isLessThanOrEqualTo(MAX_DROPPED);
        assertThat(r.answeredShare()).as("share of offered requests answered").isGreaterThanOrEqualTo(1 - MAX_DROPPED);
    }
}
