package org.specledger.app.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.specledger.crawler.fetch.PinnedAddresses;
import org.specledger.web.security.CsrfTokens;
import org.specledger.web.security.SecurityHeaders;
import org.specledger.web.server.WebConfig;

/** Every page over HTTP against the real server, with data stored through the repositories. */
class PagesHttpTest {
    @TempDir
    static Path dir;
    static SiteFixture site;

    @BeforeAll
    static void start() throws Exception {
        site = SiteFixture.start(dir);
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void everyPageCarriesTheSecurityHeaders() throws Exception {
        for (String path : new String[] {"/", "/models", "/models/glm-4-5", "/flags", "/benchmarks",
                "/documents/" + site.english, "/sources", "/no-such-page", "/static/site.css"}) {
            HttpResponse<String> r = site.get(path);
            assertThat(r.headers().firstValue("Content-Security-Policy")).as(path)
                    .contains(SecurityHeaders.CONTENT_SECURITY_POLICY);
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(r.headers().firstValue("Referrer-Policy")).as(path).isPresent();
        }
    }

    @Test
    void modelsListShowsClaimAndFlagCounts() throws Exception {
        String body = site.get("/models").body();
        assertThat(body).contains("href=\"/models/glm-4-5\"", "GLM-4.5", "Zhipu AI", "Kimi K2");
        // GLM-4.5: 4 + 1 + 2 + 1 claims in live documents; one conflict flag linking to the filtered board.
        assertThat(body).containsPattern("GLM-4.5</a></td>[\\s\\S]*?<td class=\"num\">8</td>");
        assertThat(body).contains("href=\"/flags?model=glm-4-5\"");
    }

    @Test
    void specSheetShowsConsensusClaimsFlagsTimelineVariantsAndDownloads() throws Exception {
        HttpResponse<String> r = site.get("/models/glm-4-5");
        assertThat(r.statusCode()).isEqualTo(200);
        String body = r.body();
        assertThat(body).contains("class=\"flag-band\"", "Rumour Mill says 400B total parameters");
        assertThat(body).contains("id=\"attr-total_parameters\"", "Total parameters", "355 B");
        assertThat(body).contains("claims range");
        assertThat(body).contains("据报道，GLM-4.5总参数3550亿");
        for (long id : site.glmParamClaims) {
            assertThat(body).contains("id=\"sheet-claim-" + id + "\"");
            assertThat(body).contains("<a href=\"#sheet-claim-" + id + "\"><circle");
        }
        assertThat(body).contains("<svg", "2026-03");
        assertThat(body).contains("href=\"/models/glm-4-5-air\"");
        for (String f : new String[] {"md", "csv", "json", "pdf"}) {
            assertThat(body).contains("href=\"/models/glm-4-5/factsheet." + f + "\"");
        }
    }

    @Test
    void anAliasRedirectsToTheModelsIdAndAnUnknownModelIsA404Page() throws Exception {
        HttpResponse<String> alias = site.get("/models/GLM4.5");
        assertThat(alias.statusCode()).isEqualTo(302);
        assertThat(alias.headers().firstValue("Location")).contains("/models/glm-4-5");
        HttpResponse<String> missing = site.get("/models/no-such-model");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(missing.body()).contains("Not found", "no model 'no-such-model'");
    }

    @Test
    void flagsBoardListsFlagsWithClaimsAndFilters() throws Exception {
        String body = site.get("/flags").body();
        assertThat(body).contains("badge conflict", "Rumour Mill says 400B");
        for (long id : site.glmParamClaims) {
            assertThat(body).containsPattern("href=\"/documents/\\d+#claim-" + id + "\"");
        }
        assertThat(body).contains("href=\"/models/glm-4-5#attr-total_parameters\"");
        assertThat(site.get("/flags?kind=temporal").body()).doesNotContain("Rumour Mill says").contains("No flags");
        assertThat(site.get("/flags?kind=conflict&model=kimi-k2").body()).doesNotContain("Rumour Mill says");
        assertThat(site.get("/flags?kind=conflict&model=GLM-4.5").body()).contains("Rumour Mill says");
        assertThat(site.get("/flags?kind=bogus").statusCode()).isEqualTo(400);
    }

    @Test
    void benchmarksTableHasModelsByBenchmarksWithLinksAndSourceCounts() throws Exception {
        String body = site.get("/benchmarks").body();
        assertThat(body).contains(">mmlu</th>", ">swe-bench</th>");
        assertThat(body).contains("href=\"/models/kimi-k2#attr-benchmark-mmlu\"", ">87.8</a>", ">65.8</a>", "1 src");
        assertThat(body).contains("href=\"/models/glm-4-5#attr-benchmark-mmlu\"", ">84.6</a>");
        // A conflict flag on Kimi K2's SWE-bench score marks that cell, and only that one.
        assertThat(body).containsPattern("<td class=\"num conflict\"><a href=\"/models/kimi-k2#attr-benchmark-swe-bench\"");
        assertThat(body).doesNotContainPattern("<td class=\"num conflict\"><a href=\"/models/kimi-k2#attr-benchmark-mmlu\"");
        // GLM-4.5 has no SWE-bench score: an empty cell.
        assertThat(body).contains("<td class=\"num muted\">–</td>");
    }

    @Test
    void documentPageHighlightsClaimsAndShowsMetadata() throws Exception {
        String body = site.get("/documents/" + site.english).body();
        long claim = site.glmParamClaims.get(0);
        assertThat(body).contains("id=\"claim-" + claim + "\"", "<mark class=\"claim overlap\">");
        assertThat(body).contains("href=\"#claim-list-" + claim + "\"", "id=\"claim-list-" + claim + "\"");
        assertThat(body).contains("TechNode", "2026-03-02", "from meta", "2026-05-01T10:00:00Z", "en");
        assertThat(body).contains("class=\"flagged\"");
    }

    @Test
    void documentPageShowsTheModifiedDateTheConfidenceAndWhenDateSourcesDisagree() throws Exception {
        site.app.db().documentDates().save(new org.specledger.db.DocumentDates(site.syndicated, "2026-03-04T09:00Z", 0.9,
                "url 2026-03-01; text <b>2026-02-28</b>", "Lantern Tech Daily, 2026-02-27"));

        String body = site.get("/documents/" + site.syndicated).body();

        assertThat(body).contains("Modified", "2026-03-04T09:00Z", "Date confidence", "90%", "Date sources disagree",
                "url 2026-03-01; text &lt;b&gt;2026-02-28&lt;/b&gt;", "Originally published", "Lantern Tech Daily, 2026-02-27");
        assertThat(site.get("/documents/" + site.revisedOld).body()).doesNotContain("Date sources disagree");
    }

    @Test
    void documentPageShowsRevisionsAndSyndication() throws Exception {
        String old = site.get("/documents/" + site.revisedOld).body();
        assertThat(old).contains("earlier version", "superseded", "href=\"/documents/" + site.revisedNew + "\"");
        String current = site.get("/documents/" + site.revisedNew).body();
        assertThat(current).contains("Same story elsewhere", "Mirror News", "href=\"/documents/" + site.syndicated + "\"");
        assertThat(site.get("/documents/999999").statusCode()).isEqualTo(404);
    }

    @Test
    void scrapedMarkupIsEscapedEverywhere() throws Exception {
        for (String path : new String[] {"/documents/" + site.hostile, "/models/glm-4-5", "/flags", "/documents"}) {
            String body = site.get(path).body();
            assertThat(body).as(path).doesNotContain("<script>window", "<img src=x", "<b>Daily</b>");
        }
        String doc = site.get("/documents/" + site.hostile).body();
        assertThat(doc).contains("&lt;script&gt;window.__pwned", "&lt;img src=x onerror=");
    }

    @Test
    void searchPageKeepsTheQueryAndSaysWhenTheIndexIsMissing() throws Exception {
        String body = site.get("/search?q=%E5%8F%82%E6%95%B0+%22GLM%22&model=GLM-4.5").body();
        assertThat(body).contains("value=\"参数 &#34;GLM&#34;\"", "Model: GLM-4.5");
        assertThat(body).contains("href=\"/search?q=%E5%8F%82%E6%95%B0+%22GLM%22\"");
    }

    @Test
    void sourcesPageShowsSourcesAndLog() throws Exception {
        String body = site.get("/sources").body();
        assertThat(body).contains("https://technode.example/feed.xml", "HTTP 503 from technode.example");
        assertThat(body).contains("Service &lt;Unavailable&gt;", "stored document " + site.english);
        assertThat(body).contains("name=\"csrf\"", "name=\"token\"");
    }

    @Test
    void addingASourceNeedsTheTokenAndTheCsrfToken() throws Exception {
        HttpResponse<String> page = site.get("/sources");
        String cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(CsrfTokens.COOKIE))
                .findFirst().orElseThrow();
        assertThat(cookie).contains("SameSite=Strict").containsIgnoringCase("HttpOnly");
        String token = cookie.substring(cookie.indexOf('=') + 1, cookie.indexOf(';'));
        Matcher hidden = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(page.body());
        assertThat(hidden.find()).isTrue();
        assertThat(hidden.group(1)).isEqualTo(token);
        String jar = CsrfTokens.COOKIE + "=" + token;
        String url = "url=https%3A%2F%2Fnews.example.org%2Ffeed&kind=feed&depth=1";

        assertThat(site.post("/sources", url + "&csrf=" + token, jar).statusCode()).as("no admin token").isEqualTo(403);
        assertThat(site.post("/sources", url + "&csrf=" + token + "&token=wrong-token-000", jar).statusCode())
                .as("bad admin token").isEqualTo(403);
        assertThat(site.post("/sources", url + "&token=" + SiteFixture.ADMIN_TOKEN, jar).statusCode())
                .as("no CSRF field").isEqualTo(403);
        assertThat(site.post("/sources", url + "&csrf=" + token + "&token=" + SiteFixture.ADMIN_TOKEN, null).statusCode())
                .as("no CSRF cookie").isEqualTo(403);
        assertThat(site.post("/sources", url + "&csrf=" + (token.charAt(0) == 'x' ? "y" : "x") + token.substring(1) + "&token=" + SiteFixture.ADMIN_TOKEN, jar)
                .statusCode()).as("CSRF mismatch").isEqualTo(403);
        assertThat(site.app.db().sources().all()).hasSize(1);

        HttpResponse<String> local = site.post("/sources", "url=http%3A%2F%2F127.0.0.1%3A8080%2F&kind=page&csrf="
                + token + "&token=" + SiteFixture.ADMIN_TOKEN, jar);
        assertThat(local.statusCode()).isEqualTo(422);
        assertThat(local.body()).contains("loopback, private or link-local");

        // The form resolves the name as `sources add` does: one that points inside is refused (issue 14, item 6) ...
        try (var dns = PinnedAddresses.pin("inside.example.org", new InetAddress[] {InetAddress.getByName("10.0.0.7")})) {
            HttpResponse<String> inside = site.post("/sources", "url=https%3A%2F%2Finside.example.org%2F&kind=page&csrf="
                    + token + "&token=" + SiteFixture.ADMIN_TOKEN, jar);
            assertThat(inside.statusCode()).isEqualTo(422);
            assertThat(inside.body()).contains("resolves to 10.0.0.7, a private address");
        }
        // ... and a public one is queued (the test machine has no DNS: the name is pinned to a public address).
        HttpResponse<String> ok;
        try (var dns = PinnedAddresses.pin("news.example.org", new InetAddress[] {InetAddress.getByName("93.184.215.14")})) {
            ok = site.post("/sources", url + "&csrf=" + token + "&token=" + SiteFixture.ADMIN_TOKEN, jar);
        }
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).contains("Queued", "https://news.example.org/feed");
        assertThat(site.app.db().sources().all()).extracting(s -> s.url()).contains("https://news.example.org/feed");
    }

    @Test
    void withoutAnAdminTokenTheFormSaysAdminIsDisabledAndPostsAreRefused(@TempDir Path other) throws Exception {
        try (SiteFixture plain = SiteFixture.start(other, WebConfig.defaults().withPort(0))) {
            HttpResponse<String> page = plain.get("/sources");
            assertThat(page.body()).contains("Admin is disabled").doesNotContain("name=\"token\"");
            assertThat(plain.post("/sources", "url=https%3A%2F%2Fa.example%2F", null).statusCode()).isEqualTo(403);
        }
    }
}
