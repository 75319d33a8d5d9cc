package org.specledger.app.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.specledger.app.site.ApiServer;
import org.specledger.ingest.IngestOutcome;
import org.specledger.ingest.RawPage;
import org.specledger.web.server.ResponseCache;

/**
 * Issue 14, item 1: cached pages and API answers change right after a write that touches them. The oracle: the
 * same route with an extra, ignored query parameter is a different cache key, so it is always rendered afresh;
 * after every write the (possibly cached) answer must equal the fresh one.
 */
class ResponseCacheTest {
    @TempDir
    Path dir;

    static final List<String> ROUTES = List.of("/models", "/api/models", "/models/kimi-k2", "/api/models/kimi-k2",
            "/feeds/models/kimi-k2.atom", "/flags", "/api/flags", "/feeds/flags.atom", "/benchmarks", "/documents",
            "/api/documents", "/api/claims?model=kimi-k2", "/documents/1", "/api/flags/1");

    private static IngestOutcome ingest(ApiServer s, String url, String publisher, String body) {
        String html = "<html><head><title>" + publisher + " on Kimi K2</title><meta property=\"og:site_name\" content=\""
                + publisher + "\"><meta property=\"article:published_time\" content=\"2026-07-20\"></head><body><article>"
                + "<h1>" + publisher + " on Kimi K2</h1><p>" + body + "</p></article></body></html>";
        return s.app.ingester().ingest(new RawPage(url, html.getBytes(StandardCharsets.UTF_8), "text/html",
                Instant.parse("2026-07-21T08:00:00Z"), null, false));
    }

    private static void assertNothingStale(ApiServer s, String when) throws Exception {
        for (String route : ROUTES) {
            HttpResponse<String> served = s.get(route);
            HttpResponse<String> fresh = s.get(route + (route.contains("?") ? "&" : "?") + "fresh=" + System.nanoTime());
            assertThat(served.statusCode()).as(when + ": status of " + route).isEqualTo(fresh.statusCode());
            assertThat(served.body()).as(when + ": " + route + " (X-Cache " + served.headers().firstValue(
                    ResponseCache.STATUS_HEADER).orElse("-") + ")").isEqualTo(fresh.body());
        }
    }

    @Test
    void pagesAndAnswersAreNeverStaleAfterAWrite() throws Exception {
        try (ApiServer s = new ApiServer(dir, 100_000)) {
            assertThat(ingest(s, "https://one.example/k2", "Pacific Review",
                    "Moonshot AI said Kimi K2 has 1 trillion total parameters.").status()).isEqualTo(IngestOutcome.Status.NEW);
            s.app.flush();

            // Cached: the second answer comes from the cache, and a matching If-None-Match is a 304 without a body.
            HttpResponse<String> first = s.get("/models/kimi-k2");
            assertThat(first.statusCode()).isEqualTo(200);
            assertThat(first.headers().firstValue(ResponseCache.STATUS_HEADER)).contains("miss");
            HttpResponse<String> second = s.get("/models/kimi-k2");
            assertThat(second.headers().firstValue(ResponseCache.STATUS_HEADER)).contains("hit");
            assertThat(second.body()).isEqualTo(first.body());
            String etag = first.headers().firstValue("ETag").orElseThrow();
            assertThat(second.headers().firstValue("ETag")).contains(etag);
            HttpResponse<String> notModified = s.get("/models/kimi-k2", "If-None-Match", etag);
            assertThat(notModified.statusCode()).isEqualTo(304);
            assertThat(notModified.body()).isEmpty();
            assertNothingStale(s, "after the first import");
            ROUTES.forEach(r -> {
                try {
                    s.get(r); // warm every route
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            });

            // A second outlet disagrees: the sheet changes at once (before reconciliation), then again after it.
            assertThat(ingest(s, "https://two.example/k2", "Harbour Tech Daily",
                    "Kimi K2 has 2 trillion total parameters, Harbour Tech Daily has learned.").status())
                    .isEqualTo(IngestOutcome.Status.NEW);
            HttpResponse<String> afterWrite = s.get("/models/kimi-k2", "If-None-Match", etag);
            assertThat(afterWrite.statusCode()).as("the old ETag no longer matches").isEqualTo(200);
            assertThat(afterWrite.body()).contains("2 trillion total parameters");
            assertNothingStale(s, "after the second document, before reconciling");
            s.app.flush();
            assertThat(s.get("/api/flags").body()).contains("conflict");
            assertNothingStale(s, "after reconciling");
            // Issue 14, item 12: the conflict's permalink and Atom id survive the reconciliations below.
            long flagId = ApiServer.JSON.readTree(s.get("/api/flags?kind=conflict").body()).get("items").get(0).get("id").asLong();

            // A revision of the first page: both versions' pages list it, the sheet drops the old claim.
            ingest(s, "https://one.example/k2", "Pacific Review",
                    "Correction: Moonshot AI said Kimi K2 has 1.5 trillion total parameters.");
            assertNothingStale(s, "after a revision");
            s.app.flush();
            assertNothingStale(s, "after reconciling the revision");
            assertThat(s.get("/documents/1").body()).contains("/documents/3");
            s.app.reconcileAll();
            HttpResponse<String> flag = s.get("/api/flags/" + flagId);
            assertThat(flag.statusCode()).as("the flag's URL after re-reconciling").isEqualTo(200);
            assertThat(flag.body()).contains("\"kind\":\"conflict\"", "total_parameters");
            assertThat(s.get("/feeds/flags.atom").body()).contains("urn:specledger:flag:" + flagId);
            assertNothingStale(s, "after reconciling everything");
        }
    }

    @Test
    void aLargeKeptAnswerIsTheSameBytesWithAndWithoutCompressionAndForHead() throws Exception {
        try (ApiServer s = new ApiServer(dir, 100_000)) {
            for (int i = 0; i < 40; i++) {
                ingest(s, "https://wire" + i + ".example/k2", "Wire " + i, "Kimi K2 has " + (1 + i % 3)
                        + " trillion total parameters and a context window of " + (64 + i) + "K tokens, Wire " + i
                        + " reported, adding that Kimi K2 was trained on " + (10 + i) + " trillion tokens.");
            }
            s.app.flush();
            HttpResponse<byte[]> miss = s.getBytes("/api/models/kimi-k2");
            assertThat(miss.headers().firstValue(ResponseCache.STATUS_HEADER)).contains("miss");
            assertThat(miss.body().length).as("large enough to be written straight from the cache").isGreaterThan(32 << 10);
            HttpResponse<byte[]> hit = s.getBytes("/api/models/kimi-k2");
            assertThat(hit.headers().firstValue(ResponseCache.STATUS_HEADER)).contains("hit");
            assertThat(hit.body()).isEqualTo(miss.body());
            assertThat(hit.headers().firstValue("Content-Length")).contains(String.valueOf(miss.body().length));
            assertThat(hit.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));

            java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
            java.net.URI uri = java.net.URI.create(s.base() + "/api/models/kimi-k2");
            HttpResponse<byte[]> gzipped = http.send(java.net.http.HttpRequest.newBuilder(uri)
                    .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(gzipped.headers().firstValue("Content-Encoding")).contains("gzip");
            try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gzipped.body()))) {
                assertThat(in.readAllBytes()).isEqualTo(miss.body());
            }
            HttpResponse<byte[]> head = http.send(java.net.http.HttpRequest.newBuilder(uri)
                    .method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(head.statusCode()).isEqualTo(200);
            assertThat(head.body()).isEmpty();
            assertThat(head.headers().firstValue("ETag")).isEqualTo(hit.headers().firstValue("ETag"));
        }
    }
}
