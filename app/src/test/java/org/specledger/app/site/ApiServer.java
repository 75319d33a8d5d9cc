package org.specledger.app.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.specledger.app.AppContext;
import org.specledger.web.server.WebConfig;
import org.specledger.web.server.WebServer;

/** The real server on a free loopback port over a data folder, with a plain java.net.http client. */
public final class ApiServer implements AutoCloseable {
    public static final ObjectMapper JSON = new ObjectMapper();
    public final AppContext app;
    private final Javalin server;
    private final HttpClient http = HttpClient.newHttpClient();

    public ApiServer(Path dataDir, int requestsPerMinute) throws Exception {
        app = AppContext.open(dataDir);
        server = WebServer.create(app, WebConfig.defaults().withPort(0).withApiRequestsPerMinute(requestsPerMinute)).start();
    }

    public String base() {
        return "http://127.0.0.1:" + server.port();
    }

    public HttpResponse<String> get(String pathAndQuery, String... headers) throws IOException, InterruptedException {
        return http.send(request(pathAndQuery, headers), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<byte[]> getBytes(String pathAndQuery) throws IOException, InterruptedException {
        return http.send(request(pathAndQuery), HttpResponse.BodyHandlers.ofByteArray());
    }

    public JsonNode json(String pathAndQuery) throws IOException, InterruptedException {
        HttpResponse<String> r = get(pathAndQuery);
        if (r.statusCode() != 200) {
            throw new AssertionError("GET " + pathAndQuery + " answered " + r.statusCode() + ": " + r.body());
        }
        return JSON.readTree(r.body());
    }

    private HttpRequest request(String pathAndQuery, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + pathAndQuery));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return b.build();
    }

    @Override
    public void close() {
        server.stop();
        app.close();
    }
}
