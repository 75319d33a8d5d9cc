package org.specledger.app.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.specledger.app.AppContext;
import org.specledger.web.security.SecurityHeaders;
import org.specledger.web.server.WebConfig;
import org.specledger.web.server.WebServer;
import org.specledger.web.sheet.SheetFixtures;

/** Issue 14, items 8 and 9: absolute URLs not taken from the Host header, and the HTTP details clients rely on. */
class HttpDetailsTest {
    @TempDir
    Path dir;
    private final HttpClient http = HttpClient.newHttpClient();

    private interface Body {
        void run(Javalin server, AppContext app) throws Exception;
    }

    private void withServer(WebConfig cfg, Body body) throws Exception {
        try (AppContext app = AppContext.open(dir)) {
            SheetFixtures.load(app.db());
            Javalin server = WebServer.create(app, cfg.withPort(0)).start();
            try {
                body.run(server, app);
            } finally {
                server.stop();
            }
        }
    }

    private HttpResponse<String> send(Javalin server, String method, String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A request written by hand: java.net.http refuses to set Host and to send oversized request lines. */
    private static String raw(Javalin server, String requestHead) throws IOException {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            OutputStream out = s.getOutputStream();
            out.write(requestHead.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aHostHeaderIsNotReflectedIntoFeedsOrClaimReview() throws Exception {
        withServer(WebConfig.defaults(), (server, app) -> {
            String feed = raw(server, "GET /feeds/flags.atom HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
            assertThat(feed).startsWith("HTTP/1.1 200").doesNotContain("evil.example")
                    .contains("http://localhost:" + server.port() + "/flags");
            long flag = app.db().flags().list(null, null, null, 1).items().getFirst().flag().id();
            String review = raw(server, "GET /api/flags/" + flag + "/claimreview HTTP/1.1\r\nHost: evil.example:8443\r\n"
                    + "Connection: close\r\n\r\n");
            assertThat(review).startsWith("HTTP/1.1 200").doesNotContain("evil.example");
            // On loopback the request's own origin is kept (a local user's links work).
            assertThat(send(server, "GET", "/feeds/flags.atom").body())
                    .contains("http://127.0.0.1:" + server.port() + "/flags");
        });
        withServer(WebConfig.defaults().withPublicUrl("https://ledger.example/"), (server, app) -> {
            String feed = raw(server, "GET /feeds/flags.atom HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
            assertThat(feed).doesNotContain("evil.example").contains("https://ledger.example/flags");
        });
    }

    @Test
    void headMirrorsGetWithoutTheBody() throws Exception {
        withServer(WebConfig.defaults(), (server, app) -> {
            for (String path : new String[] {"/api/models", "/", "/models/kimi-k2", "/feeds/flags.atom"}) {
                HttpResponse<String> get = send(server, "GET", path);
                HttpResponse<String> head = send(server, "HEAD", path);
                assertThat(head.statusCode()).as(path).isEqualTo(get.statusCode()).isEqualTo(200);
                assertThat(head.body()).as(path).isEmpty();
                assertThat(head.headers().firstValue("Content-Type")).as(path)
                        .isEqualTo(get.headers().firstValue("Content-Type"));
                assertThat(head.headers().firstValue("ETag")).as(path).isEqualTo(get.headers().firstValue("ETag"));
            }
            assertThat(send(server, "HEAD", "/api/models/nope").statusCode()).isEqualTo(404);
        });
    }

    @Test
    void unknownMethodsAre405WithAllowAndPreflightsAnswer() throws Exception {
        withServer(WebConfig.defaults(), (server, app) -> {
            HttpResponse<String> delete = send(server, "DELETE", "/api/models");
            assertThat(delete.statusCode()).isEqualTo(405);
            assertThat(delete.headers().firstValue("Allow")).contains("GET, HEAD, OPTIONS");
            assertThat(delete.body()).contains("\"code\":\"method_not_allowed\"");
            assertThat(send(server, "POST", "/api/search").statusCode()).isEqualTo(405);
            assertThat(send(server, "PUT", "/sources").headers().firstValue("Allow")).contains("GET, HEAD, POST, OPTIONS");

            HttpResponse<String> preflight = send(server, "OPTIONS", "/api/search?q=x", "Origin", "https://app.example",
                    "Access-Control-Request-Method", "GET", "Access-Control-Request-Headers", "if-none-match");
            assertThat(preflight.statusCode()).isEqualTo(204);
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("")).contains("GET");
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers").orElse(""))
                    .containsIgnoringCase("if-none-match");

            HttpResponse<String> get = send(server, "GET", "/api/models", "Origin", "https://app.example");
            assertThat(get.headers().firstValue("Access-Control-Expose-Headers").orElse(""))
                    .contains("ETag", "Retry-After", "Link");
            assertThat(send(server, "GET", "/").headers().firstValue("Content-Type"))
                    .hasValueSatisfying(t -> assertThat(t.replace(" ", "").toLowerCase()).isEqualTo("text/html;charset=utf-8"));
        });
    }

    @Test
    void jettysOwnErrorsOnTheApiAreTheJsonShapeWithTheSecurityHeaders() throws Exception {
        withServer(WebConfig.defaults(), (server, app) -> {
            String tooLong = raw(server, "GET /api/models?q=" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Connection: close\r\n\r\n");
            assertThat(tooLong).startsWith("HTTP/1.1 414").contains("Content-Type: application/json")
                    .contains("{\"error\":{").contains("\"code\":\"uri_too_long\"")
                    .contains("Content-Security-Policy: " + SecurityHeaders.CONTENT_SECURITY_POLICY);
            String bigHeaders = raw(server, "GET /api/models HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "b".repeat(20_000)
                    + "\r\nConnection: close\r\n\r\n");
            assertThat(bigHeaders).startsWith("HTTP/1.1 431").contains("\"code\":\"headers_too_large\"")
                    .contains("X-Content-Type-Options: nosniff");
            String badEscape = raw(server, "GET /api/models% HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            assertThat(badEscape).startsWith("HTTP/1.1 400").contains("\"code\":\"bad_request\"");
        });
    }
}
