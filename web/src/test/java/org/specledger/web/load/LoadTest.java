package org.specledger.web.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.specledger.web.app.AppContext;
import org.specledger.web.bench.LoadBench;

/**
 * The server under a fixed rate of mixed requests while a writer imports documents (the CI cut of
 * {@link LoadBench}): no request may fail, and no response may show a document without all of its claims.
 */
class LoadTest {
    @TempDir
    Path tmp;

    @Test
    void mixedTrafficDuringImportsGetsNoErrorsAndNoHalfWrittenDocument() throws Exception {
        LoadBench.Options o = new LoadBench.Options(Duration.ofSeconds(10), 200, 100, 5_000, 42);
        LoadBench.Result r;
        try (AppContext app = AppContext.open(tmp.resolve("data"))) {
            r = LoadBench.measure(app, o);
        }
        assertThat(r.routes()).contains("/documents/{id}", "/api/documents", "/health");
        assertThat(r.sent()).as("requests sent").isEqualTo(2_000 - r.dropped());
        assertThat(r.answered()).as("every request answered").isEqualTo(r.sent());
        assertThat(r.errorSamples()).as(r.markdown()).isEmpty();
        assertThat(r.errors()).isZero();
        assertThat(r.deliberateBad()).as("the deliberately bad requests were sent and refused").isPositive();
        assertThat(r.halfWritten()).isEmpty();
        assertThat(r.written()).as("the writer stored documents while the readers read").isPositive();
    }
}
