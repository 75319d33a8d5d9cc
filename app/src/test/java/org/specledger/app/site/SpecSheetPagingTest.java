package org.specledger.app.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.specledger.ingest.IngestOutcome;
import org.specledger.ingest.RawPage;
import org.specledger.web.pages.SheetView;

/**
 * Issue 14 (read-path speed): a spec sheet lists the first claims of each attribute and links to a page with all
 * of them; every claim's link from its document finds its row; the JSON API still carries every claim.
 */
class SpecSheetPagingTest {
    @TempDir
    Path dir;

    @Test
    void aLongSpecListsItsFirstClaimsAndLinksToAllOfThem() throws Exception {
        int n = SheetView.CLAIMS_PER_SPEC + 3;
        try (ApiServer s = new ApiServer(dir, 100_000)) {
            long lastDoc = 0;
            for (int i = 0; i < n; i++) {
                String publisher = "Outlet " + i;
                String html = "<html><head><title>" + publisher + " on Kimi K2</title><meta property=\"og:site_name\" content=\""
                        + publisher + "\"><meta property=\"article:published_time\" content=\"2026-07-" + (10 + i)
                        + "\"></head><body><article><h1>" + publisher + " on Kimi K2</h1><p>Kimi K2 has " + (i + 1)
                        + " trillion total parameters, " + publisher + " reports.</p></article></body></html>";
                IngestOutcome out = s.app.ingester().ingest(new RawPage("https://outlet" + i + ".example/k2",
                        html.getBytes(StandardCharsets.UTF_8), "text/html", Instant.parse("2026-07-30T08:00:00Z"), null, false));
                assertThat(out.status()).isEqualTo(IngestOutcome.Status.NEW);
                lastDoc = out.documentId();
            }
            s.app.flush();
            assertThat(s.json("/api/models/kimi-k2").get("specs").findValues("claims").stream()
                    .mapToInt(c -> c.size()).sum()).as("the API lists every claim").isGreaterThanOrEqualTo(n);

            String sheet = s.get("/models/kimi-k2").body();
            String tbody = section(sheet, "attr-total_parameters");
            assertThat(count(tbody, "<tr class=\"claim-row")).as("listed claims + the 'all' row")
                    .isEqualTo(SheetView.CLAIMS_PER_SPEC + 1);
            assertThat(tbody).contains("All " + n + " claims about total parameters",
                    "href=\"/models/kimi-k2?attribute=total_parameters#attr-total_parameters\"");

            String all = s.get("/models/kimi-k2?attribute=total_parameters").body();
            assertThat(count(section(all, "attr-total_parameters"), "<tr class=\"claim-row")).isEqualTo(n);
            assertThat(all).doesNotContain("All " + n + " claims about total parameters");

            // The last document's claim is not among the first ten: its link goes to the page that lists it.
            String doc = s.get("/documents/" + lastDoc).body();
            Matcher link = Pattern.compile("href=\"(/models/kimi-k2\\?attribute=total_parameters#sheet-claim-(\\d+))\"").matcher(doc);
            assertThat(link.find()).as("the document links its claim on the sheet").isTrue();
            assertThat(all).contains("id=\"sheet-claim-" + link.group(2) + "\"");
            assertThat(sheet).doesNotContain("id=\"sheet-claim-" + link.group(2) + "\"");

            assertThat(s.get("/models/kimi-k2?attribute=no_such_thing").statusCode()).isEqualTo(404);
        }
    }

    private static String section(String page, String anchor) {
        int from = page.indexOf("<tbody id=\"" + anchor + "\"");
        assertThat(from).as(anchor).isGreaterThanOrEqualTo(0);
        return page.substring(from, page.indexOf("</tbody>", from));
    }

    private static int count(String s, String what) {
        return s.split(Pattern.quote(what), -1).length - 1;
    }
}
