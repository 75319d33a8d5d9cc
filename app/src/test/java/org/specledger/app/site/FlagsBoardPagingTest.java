package org.specledger.app.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.specledger.ingest.IngestOutcome;
import org.specledger.ingest.RawPage;
import org.specledger.web.server.ResponseCache;

/**
 * Issue 14 (read-path speed): the flags board is paged ({@code limit}, a next link and a {@code Link} header, a
 * link back to the newest, the total) and lists only the first claims of each flag, pointing to the spec sheet for
 * the rest; the API's flag list links its next page too. A cached board changes right after a write.
 */
class FlagsBoardPagingTest {
    @TempDir
    Path dir;

    private static final Pattern NEXT = Pattern.compile("<a rel=\"next\" href=\"([^\"]+)\"");
    private static final Pattern FIRST = Pattern.compile("<a rel=\"first\" href=\"([^\"]+)\"");

    private static void ingest(ApiServer s, int i, String model, String value) {
        String publisher = "Outlet " + (char) ('A' + i);
        String html = "<html><head><title>" + publisher + " on " + model + "</title><meta property=\"og:site_name\" content=\""
                + publisher + "\"><meta property=\"article:published_time\" content=\"2026-07-2" + (i % 9) + "\"></head><body><article>"
                + "<h1>" + publisher + " on " + model + "</h1><p>" + model + " has " + value + " total parameters, " + publisher
                + " reports.</p><p>" + model + " has a 128K-token context window.</p></article></body></html>";
        IngestOutcome out = s.app.ingester().ingest(new RawPage("https://outlet" + i + ".example/" + model.replace(' ', '-'),
                html.getBytes(StandardCharsets.UTF_8), "text/html", Instant.parse("2026-07-29T08:00:00Z"), null, false));
        assertThat(out.status()).isEqualTo(IngestOutcome.Status.NEW);
    }

    private static String unescape(String href) {
        return href.replace("&amp;", "&");
    }

    @Test
    void theBoardIsPagedAndListsTheFirstClaimsOfEachFlag() throws Exception {
        try (ApiServer s = new ApiServer(dir, 100_000)) {
            String[] values = {"1 trillion", "2 trillion", "3 trillion", "4 trillion", "5 trillion", "6 trillion", "7 trillion"};
            for (int i = 0; i < values.length; i++) {
                ingest(s, i, "Kimi K2", values[i]);
            }
            ingest(s, 7, "GLM-4.5", "355B");
            ingest(s, 8, "GLM-4.5", "400B");
            s.app.flush();
            long total = s.json("/api/flags?limit=500").get("items").size();
            assertThat(total).as("flags raised").isGreaterThanOrEqualTo(2);

            // Page one, one flag a page: the total, a next link (also as a Link header), no link back.
            HttpResponse<String> first = s.get("/flags?limit=1");
            assertThat(first.statusCode()).isEqualTo(200);
            assertThat(first.body()).contains(total + " flags").doesNotContain("rel=\"first\"");
            assertThat(first.body().split("<li class=\"flag ", -1)).hasSize(2);
            Matcher next = NEXT.matcher(first.body());
            assertThat(next.find()).isTrue();
            String nextUrl = unescape(next.group(1));
            assertThat(nextUrl).startsWith("/flags?limit=1&cursor=");
            assertThat(first.headers().firstValue("Link")).contains("<" + nextUrl + ">; rel=\"next\"");

            // Following the next links visits every flag once, each later page linking back to the newest.
            List<String> seen = new ArrayList<>();
            String url = "/flags?limit=1";
            for (int pages = 0; url != null; pages++) {
                assertThat(pages).as("pages").isLessThanOrEqualTo((int) total);
                String body = s.get(url).body();
                Matcher id = Pattern.compile("id=\"flag-(\\d+)\"").matcher(body);
                assertThat(id.find()).isTrue();
                seen.add(id.group(1));
                if (!url.equals("/flags?limit=1")) {
                    Matcher back = FIRST.matcher(body);
                    assertThat(back.find()).as("link back on " + url).isTrue();
                    assertThat(unescape(back.group(1))).isEqualTo("/flags?limit=1");
                }
                Matcher m = NEXT.matcher(body);
                url = m.find() ? unescape(m.group(1)) : null;
            }
            assertThat(seen).hasSize((int) total).doesNotHaveDuplicates();

            // The Kimi K2 conflict rests on seven claims: five are listed, the rest are on the spec sheet.
            String board = s.get("/flags?kind=conflict&model=kimi-k2").body();
            assertThat(board).contains("2 more claims on the spec sheet", "href=\"/models/kimi-k2?attribute=total_parameters#attr-total_parameters\"");
            assertThat(board.split("<q>", -1)).hasSize(6);
            assertThat(s.get("/flags?limit=0").statusCode()).isEqualTo(400);
            assertThat(s.get("/flags?cursor=nonsense").statusCode()).isEqualTo(400);

            // The API's flag list links its next page as well, with the filters kept.
            HttpResponse<String> api = s.get("/api/flags?limit=1&kind=conflict");
            String cursor = ApiServer.JSON.readTree(api.body()).get("next").asText();
            assertThat(api.headers().firstValue("Link").orElseThrow()).contains("limit=1", "kind=conflict",
                    "cursor=" + cursor, "rel=\"next\"");

            // Cached, and changed right after a write that touches it: an eighth figure is one more claim.
            String cachedUrl = "/flags?kind=conflict&model=kimi-k2";
            assertThat(s.get(cachedUrl).headers().firstValue(ResponseCache.STATUS_HEADER)).contains("hit");
            ingest(s, 9, "Kimi K2", "8 trillion");
            s.app.flush();
            assertThat(s.get(cachedUrl).body()).contains("3 more claims on the spec sheet");
            assertThat(s.get(cachedUrl).headers().firstValue(ResponseCache.STATUS_HEADER)).contains("hit");
        }
    }
}
