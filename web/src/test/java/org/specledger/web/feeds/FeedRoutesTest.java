package org.specledger.web.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.specledger.web.api.ApiServer;
import org.specledger.web.sheet.SheetFixtures;

class FeedRoutesTest {
    @TempDir
    Path dir;

    @Test
    void flagsAndModelClaimsAreAtomFeedsThatParseBack() throws Exception {
        try (ApiServer api = new ApiServer(dir, 0)) {
            SheetFixtures.load(api.app.db());
            HttpResponse<String> r = api.get("/feeds/flags.atom");
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/atom+xml");
            SyndFeed flags = new SyndFeedInput().build(new StringReader(r.body()));
            assertThat(flags.getFeedType()).isEqualTo("atom_1.0");
            assertThat(flags.getEntries()).singleElement().satisfies(e -> {
                assertThat(e.getTitle()).isEqualTo("conflict: Kimi K2 total_parameters");
                assertThat(e.getContents().isEmpty() ? e.getDescription().getValue() : e.getContents().get(0).getValue())
                        .isEqualTo(SheetFixtures.CONFLICT_REASON);
            });

            SyndFeed kimi = new SyndFeedInput().build(new StringReader(api.get("/feeds/models/Kimi-K2.atom").body()));
            assertThat(kimi.getEntries()).hasSize(4);
            // Newest claim first; the hostile quote survives as text.
            assertThat(kimi.getEntries().get(0).getLink()).isEqualTo("https://blog.example/k2?x=1");
            assertThat(kimi.getEntries().get(0).getTitle()).isEqualTo("Kimi K2 total_parameters: 2 T (Hostile Blog)");
            assertThat(r.body()).doesNotContain("<b>twice");

            assertThat(api.get("/feeds/models/nope.atom").statusCode()).isEqualTo(404);
            assertThat(api.get("/feeds/models/kimi-k2.rss").statusCode()).isEqualTo(404);
        }
    }

    @Test
    void datesOfEveryPrecisionBecomeEntryDates() {
        assertThat(FeedRoutes.date("2025-07-11").toInstant().toString()).isEqualTo("2025-07-11T00:00:00Z");
        assertThat(FeedRoutes.date("2025-07").toInstant().toString()).isEqualTo("2025-07-01T00:00:00Z");
        assertThat(FeedRoutes.date("2025").toInstant().toString()).isEqualTo("2025-01-01T00:00:00Z");
        assertThat(FeedRoutes.date("2025-07-11T08:00:00+08:00").toInstant().toString()).isEqualTo("2025-07-11T00:00:00Z");
        assertThat(FeedRoutes.date("yesterday").toInstant().toString()).isEqualTo("1970-01-01T00:00:00Z");
    }
}
