package org.specledger.app.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.specledger.claims.Claim;
import org.specledger.claims.Hedge;
import org.specledger.web.api.ApiRoutes;
import org.specledger.web.export.ExportRoutes;
import org.specledger.web.sheet.SheetFixtures;

/** The JSON API over HTTP against the real server and a database written through the repositories. */
class ApiRoutesTest {
    static final List<String> CLAIM_FIELDS = List.of("id", "model", "attribute", "value", "low", "high", "precision",
            "unitText", "quote", "start", "end", "hedge", "documentId", "url", "title", "publishedAt", "publisher");

    @TempDir
    Path dir;
    ApiServer api;
    SheetFixtures.Ids ids;

    @BeforeEach
    void start() throws Exception {
        api = new ApiServer(dir, 0);
        ids = SheetFixtures.load(api.app.db());
    }

    @AfterEach
    void stop() {
        api.close();
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void modelsListCountsClaimsAndFlags() throws Exception {
        JsonNode body = api.json("/api/models");
        assertThat(body.get("next").isNull()).isTrue();
        assertThat(body.get("items")).extracting(n -> n.get("id").asText()).containsExactly("deepseek-v3", "kimi-k2");
        JsonNode kimi = body.get("items").get(1);
        assertThat(kimi.get("name").asText()).isEqualTo("Kimi K2");
        assertThat(kimi.get("organization").asText()).isEqualTo("Moonshot AI");
        assertThat(kimi.get("aliases")).extracting(JsonNode::asText).contains("Kimi-K2", "月之暗面K2");
        assertThat(kimi.get("claimCount").asInt()).isEqualTo(4);
        assertThat(kimi.get("flagCount").asInt()).isEqualTo(1);
    }

    @Test
    void aModelResolvesByAliasWithSpecsClaimsAndFlags() throws Exception {
        JsonNode m = api.json("/api/models/" + enc("月之暗面K2"));
        assertThat(m.get("id").asText()).isEqualTo("kimi-k2");
        assertThat(m.get("variants").get(0).get("id").asText()).isEqualTo("kimi-k2-thinking");
        JsonNode spec = m.get("specs").get(0);
        assertThat(spec.get("attribute").asText()).isEqualTo("total_parameters");
        assertThat(spec.get("consensus").get("value").asDouble()).isEqualTo(1e12);
        assertThat(spec.get("consensus").get("display").asText()).isEqualTo("1 T");
        assertThat(spec.get("independentSources").asInt()).isEqualTo(2);
        assertThat(spec.get("claims")).hasSize(3);
        JsonNode claim = spec.get("claims").get(0);
        for (String f : CLAIM_FIELDS) {
            assertThat(claim.has(f)).as("claim field %s", f).isTrue();
        }
        assertThat(claim.get("quote").asText()).isEqualTo(SheetFixtures.EN_QUOTE);
        assertThat(claim.get("publisher").asText()).isEqualTo("Reuters");
        assertThat(claim.get("url").asText()).isEqualTo("https://reuters.example/kimi");
        assertThat(m.get("flags").get(0).get("reason").asText()).isEqualTo(SheetFixtures.CONFLICT_REASON);
        assertThat(m.get("flags").get(0).get("claims")).extracting(JsonNode::asLong)
                .containsExactly(ids.enParams(), ids.hostileParams());
    }

    @Test
    void claimsFilterByModelAliasAndAttribute() throws Exception {
        assertThat(api.json("/api/claims?model=DSV3").get("items")).hasSize(3);
        JsonNode kimiParams = api.json("/api/claims?model=kimi-k2&attribute=total_parameters").get("items");
        assertThat(kimiParams).extracting(n -> n.get("id").asLong())
                .containsExactly(ids.enParams(), ids.zhParams(), ids.hostileParams());
        assertThat(api.json("/api/claims?attribute=training_gpu_hours").get("items"))
                .singleElement().satisfies(n -> assertThat(n.get("value").asDouble()).isEqualTo(2.788e6));
        assertThat(api.json("/api/claims?attribute=benchmark:mmlu").get("items")).isEmpty();
    }

    @Test
    void badFiltersAreJsonErrorsThatSayWhatIsWrong() throws Exception {
        assertError(api.get("/api/claims?attribute=parameters"), 400, "unknown attribute 'parameters'");
        assertError(api.get("/api/claims?model=nope"), 404, "no model 'nope'");
        assertError(api.get("/api/flags?kind=wrong"), 400, "unknown flag kind 'wrong'");
        assertError(api.get("/api/claims?cursor=garbage"), 400, "invalid cursor 'garbage'");
        assertError(api.get("/api/models?limit=0"), 400, "limit must be between 1 and 500");
        assertError(api.get("/api/claims?limit=501"), 400, "limit must be between 1 and 500");
        assertError(api.get("/api/claims?limit=ten"), 400, "limit must be a whole number");
        assertError(api.get("/api/models/nope"), 404, "no model 'nope'");
        assertError(api.get("/api/flags/99999"), 404, "no flag 99999");
        assertError(api.get("/api/flags/abc"), 404, "no flag 'abc'");
        assertError(api.get("/api/models/kimi-k2/factsheet?format=xls"), 400, "unknown format 'xls'");
        assertError(api.get("/api/nothing-here"), 404, "no such page");
        assertError(api.get("/api/claims?q=" + "x".repeat(ApiRoutes.MAX_QUERY_CHARS)), 414, "at most 4096");
    }

    static void assertError(HttpResponse<String> r, int status, String message) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        JsonNode error = ApiServer.JSON.readTree(r.body()).get("error");
        assertThat(error.get("code").asText()).isNotBlank();
        assertThat(error.get("message").asText()).contains(message);
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("org.specledger");
    }

    @Test
    void paginationWalksEveryClaimExactlyOnce() throws Exception {
        StringBuilder text = new StringBuilder();
        List<Claim> many = new ArrayList<>();
        for (int i = 0; i < 123; i++) {
            String q = "Run " + i + " scored " + (50 + i % 40) + " on MMLU.";
            int start = text.length();
            text.append(q).append(' ');
            many.add(Claim.number("DeepSeek-V3", "benchmark:mmlu", 50.0 + i % 40, null, null, null, q, start,
                    start + q.length(), Hedge.STATED));
        }
        SheetFixtures.save(api.app.db(), SheetFixtures.doc("https://bench.example/runs", "Runs", "Bench", "2025-01-01",
                "en", text.toString()), many, List.of(SheetFixtures.DEEPSEEK));
        int total = 4 + 3 + 123;

        List<Long> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = api.json("/api/claims?limit=7" + (cursor == null ? "" : "&cursor=" + enc(cursor)));
            page.get("items").forEach(n -> seen.add(n.get("id").asLong()));
            cursor = page.get("next").isNull() ? null : page.get("next").asText();
            pages++;
        } while (cursor != null && pages < 100);
        assertThat(seen).hasSize(total).doesNotHaveDuplicates();
        assertThat(pages).isEqualTo((total + 6) / 7);

        List<Long> filtered = new ArrayList<>();
        cursor = null;
        do {
            JsonNode page = api.json("/api/claims?model=deepseek-v3&attribute=benchmark:mmlu&limit=50"
                    + (cursor == null ? "" : "&cursor=" + enc(cursor)));
            page.get("items").forEach(n -> filtered.add(n.get("id").asLong()));
            cursor = page.get("next").isNull() ? null : page.get("next").asText();
        } while (cursor != null);
        assertThat(filtered).hasSize(123).doesNotHaveDuplicates().isSorted();
    }

    @Test
    void flagsFilterByKindAndModel() throws Exception {
        assertThat(api.json("/api/flags?kind=conflict").get("items")).singleElement().satisfies(f -> {
            assertThat(f.get("model").asText()).isEqualTo("kimi-k2");
            assertThat(f.get("attribute").asText()).isEqualTo("total_parameters");
            assertThat(f.get("reason").asText()).isEqualTo(SheetFixtures.CONFLICT_REASON);
        });
        assertThat(api.json("/api/flags?kind=temporal").get("items")).isEmpty();
        assertThat(api.json("/api/flags?model=DSV3").get("items")).isEmpty();
        assertThat(api.json("/api/flags/" + ids.flag()).get("kind").asText()).isEqualTo("conflict");
    }

    @Test
    void etagAnswers304WhenUnchangedAnd200WhenChanged() throws Exception {
        HttpResponse<String> first = api.get("/api/models/kimi-k2");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = api.get("/api/models/kimi-k2", "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(api.get("/api/claims", "If-None-Match", etag).statusCode()).isEqualTo(200);

        HttpResponse<String> list = api.get("/api/claims");
        String listTag = list.headers().firstValue("ETag").orElseThrow();
        SheetFixtures.save(api.app.db(), SheetFixtures.doc("https://new.example/1", "New", "New", "2025-09-01", "en",
                "Kimi K2 has 1T parameters."), List.of(Claim.number("Kimi K2", "total_parameters", 1e12, null, null,
                "1T", "Kimi K2 has 1T parameters.", 0, 26, Hedge.STATED)), List.of(SheetFixtures.KIMI));
        assertThat(api.get("/api/claims", "If-None-Match", listTag).statusCode()).isEqualTo(200);
    }

    @Test
    void corsAllowsAnyOriginToReadTheApi() throws Exception {
        for (String path : List.of("/api/models", "/api/models/nope", "/openapi.json")) {
            HttpResponse<String> r = api.get(path, "Origin", "https://elsewhere.example");
            assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).as(path).hasValue("*");
        }
    }

    @Test
    void claimReviewIsSchemaOrgJsonLdAndEmbedsSafely() throws Exception {
        HttpResponse<String> r = api.get("/api/flags/" + ids.flag() + "/claimreview");
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/ld+json");
        JsonNode review = ApiServer.JSON.readTree(r.body());
        assertThat(review.get("@context").asText()).isEqualTo("https://schema.org");
        assertThat(review.get("@type").asText()).isEqualTo("ClaimReview");
        assertThat(review.get("reviewBody").asText()).isEqualTo(SheetFixtures.CONFLICT_REASON);
        assertThat(review.get("reviewRating").get("alternateName").asText()).isEqualTo("Conflicting reports");
        assertThat(review.get("claimReviewed").asText()).isEqualTo("Kimi K2 total_parameters: 1 T vs 2 T");
        JsonNode appearances = review.get("itemReviewed").get("appearance");
        assertThat(appearances).extracting(a -> a.get("url").asText())
                .containsExactlyInAnyOrder("https://reuters.example/kimi", "https://blog.example/k2?x=1");

        String html = api.get("/api/flags/" + ids.flag() + "/claimreview?embed=html").body();
        assertThat(html).startsWith("<script type=\"application/ld+json\">").endsWith("</script>");
        // The hostile quote holds "</script>": it must not end the element early.
        assertThat(html.indexOf("</script>")).isEqualTo(html.length() - "</script>".length());
        String json = html.substring(html.indexOf('>') + 1, html.length() - "</script>".length());
        assertThat(ApiServer.JSON.readTree(json).get("itemReviewed").get("appearance").toString())
                .contains("\\u003cscript>".replace("\\u003c", "<"));
    }

    @Test
    void hostileStringsRoundTripExactlyThroughJson() throws Exception {
        JsonNode c = api.json("/api/claims?model=kimi-k2&attribute=total_parameters").get("items").get(2);
        assertThat(c.get("quote").asText()).isEqualTo(SheetFixtures.HOSTILE_QUOTE);
        assertThat(c.get("title").asText()).isEqualTo("A \"hot\" <take>");
    }

    @Test
    void rateLimitAnswers429WithRetryAfterAndTheJsonBody(@TempDir Path other) throws Exception {
        try (ApiServer limited = new ApiServer(other, 3)) {
            for (int i = 0; i < 3; i++) {
                assertThat(limited.get("/api/models").statusCode()).isEqualTo(200);
            }
            HttpResponse<String> r = limited.get("/api/models");
            assertThat(r.statusCode()).isEqualTo(429);
            assertThat(Long.parseLong(r.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
            assertThat(ApiServer.JSON.readTree(r.body()).get("error").get("code").asText()).isEqualTo("rate_limited");
            // Pages are not rate-limited by the API's budget.
            assertThat(limited.get("/health").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void everyApiRouteIsDocumentedInOpenApiAndOnTheDocsPage() throws Exception {
        JsonNode doc = api.json("/openapi.json");
        assertThat(doc.get("openapi").asText()).startsWith("3.1");
        Set<String> documented = new HashSet<>();
        doc.get("paths").fieldNames().forEachRemaining(documented::add);
        List<String> registered = new ArrayList<>(ApiRoutes.API_PATHS);
        registered.addAll(org.specledger.web.export.ExportRoutes.API_PATHS);
        assertThat(documented).containsAll(registered);
        for (String p : registered) {
            assertThat(doc.get("paths").get(p).get("get").get("responses").has("200")).as(p).isTrue();
        }
        String page = api.get("/api/docs").body();
        for (String p : registered) {
            assertThat(page).contains(p);
        }
        assertThat(page).doesNotContain("http://").doesNotContain("https://cdn");
    }

    @Test
    void everyRegisteredPathAnswersSomethingOtherThanNoSuchPage() throws Exception {
        List<String> registered = new ArrayList<>(ApiRoutes.API_PATHS);
        registered.addAll(org.specledger.web.export.ExportRoutes.API_PATHS);
        for (String p : registered) {
            String path = p.replace("{id}", p.startsWith("/api/flags") ? String.valueOf(ids.flag()) : "kimi-k2");
            assertThat(api.get(path).statusCode()).as(path).isEqualTo(200);
        }
    }
}
