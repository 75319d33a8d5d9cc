package org.specledger.app.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.specledger.app.site.ApiServer;
import org.specledger.web.sheet.SheetFixtures;

/** Issue 14, items 4 and 5: queries that cost seconds, and pages that were not bounded like the API. */
class HostileRequestsTest {
    @TempDir
    Path dir;

    private static String fuzzy(int n) {
        StringJoiner j = new StringJoiner(" OR ");
        for (int i = 0; i < n; i++) {
            j.add("ab" + i + "~2");
        }
        // '+' for spaces and '~' left as is: the probe's 370 terms then fit under the 4 KB cap.
        return URLEncoder.encode(j.toString(), StandardCharsets.UTF_8).replace("%7E", "~");
    }

    @Test
    void theProbesFuzzyQueryIsA422OnTheApiAndAMessageOnThePageWithinABound() throws Exception {
        try (ApiServer api = new ApiServer(dir, 0)) {
            SheetFixtures.load(api.app.db());
            long t0 = System.nanoTime();
            HttpResponse<String> r = api.get("/api/search?q=" + fuzzy(370));
            assertThat(r.statusCode()).isEqualTo(422);
            JsonNode err = ApiServer.JSON.readTree(r.body()).get("error");
            assertThat(err.get("code").asText()).isEqualTo("query_too_costly");
            assertThat(err.get("message").asText()).contains("more than 5 terms");

            HttpResponse<String> page = api.get("/?q=" + fuzzy(370));
            assertThat(page.statusCode()).isEqualTo(400);
            assertThat(page.body()).contains("more than 5 terms");
            // Before the budget these two cost 5-12 s of CPU each on this machine.
            assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(3_000);

            HttpResponse<String> deep = api.get("/api/search?q=" + "(".repeat(2000) + "x" + ")".repeat(2000));
            assertThat(deep.statusCode()).isEqualTo(422);
            assertThat(deep.body()).contains("nested more than");
        }
    }

    @Test
    void theSearchPageHasTheApisQueryLengthCap() throws Exception {
        try (ApiServer api = new ApiServer(dir, 0)) {
            HttpResponse<String> r = api.get("/?q=" + fuzzy(700));
            assertThat(r.statusCode()).isEqualTo(414);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
            assertThat(r.body()).contains("at most 4096");
        }
    }

    @Test
    void pagesAndFeedsAreRateLimitedLikeTheApiButHealthAndStaticFilesAreNot() throws Exception {
        try (ApiServer api = new ApiServer(dir, 3)) {
            for (int i = 0; i < 3; i++) {
                assertThat(api.get(i == 0 ? "/" : i == 1 ? "/search?q=x" : "/feeds/flags.atom").statusCode())
                        .isIn(200, 400);
            }
            HttpResponse<String> limited = api.get("/?q=again");
            assertThat(limited.statusCode()).isEqualTo(429);
            assertThat(limited.headers().firstValue("Retry-After")).isPresent();
            assertThat(api.get("/api/models").statusCode()).isEqualTo(429);
            assertThat(api.get("/health").statusCode()).isEqualTo(200);
        }
    }
}
