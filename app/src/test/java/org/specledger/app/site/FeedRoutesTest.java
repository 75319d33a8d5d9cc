package org.specledger.app.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.specledger.app.site.ApiServer;
import org.specledger.claims.Attributes;
import org.specledger.claims.Claim;
import org.specledger.claims.Hedge;
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

    /** Issue 14, item 7: one U+0001 in a stored site name made the feed unwritable, a 400 for every reader. */
    @Test
    void controlCharactersInAStoredPageLeaveAValidFeed() throws Exception {
        try (ApiServer api = new ApiServer(dir, 0)) {
            SheetFixtures.load(api.app.db());
            String quote = "Kimi K2\u0001 has 3\u0008 trillion parameters\uFFFF, a blog says.";
            SheetFixtures.save(api.app.db(), SheetFixtures.doc("https://ctl.example/k2", "Control\u0001 title",
                    "Site\u0001 News", "2025-07-30", "en", quote), List.of(Claim.number(SheetFixtures.KIMI.name(),
                    Attributes.TOTAL_PARAMETERS, 3e12, null, null, "3 trillion", quote, 0, quote.length(),
                    Hedge.REPORTED)), List.of(SheetFixtures.KIMI));
            HttpResponse<String> r = api.get("/feeds/models/kimi-k2.atom");
            assertThat(r.statusCode()).isEqualTo(200);
            SyndFeed kimi = new SyndFeedInput().build(new StringReader(r.body()));
            assertThat(kimi.getEntries().get(0).getTitle()).isEqualTo("Kimi K2 total_parameters: 3 T (Site News)");
            assertThat(kimi.getEntries().get(0).getDescription().getValue())
                    .contains("Kimi K2 has 3 trillion parameters, a blog says.");
            assertThat(api.get("/feeds/flags.atom").statusCode()).isEqualTo(200);
        }
    }
}
