package org.specledger.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@code specledger demo} as a child process on a free loopback port and reads the API it serves. */
class DemoEndToEndTest {
    static final Path SAMPLES = Path.of("..", "samples").toAbsolutePath().normalize();

    @TempDir
    Path tmp;

    @Test
    void demoServesTheSampleCorpusOverTheApi() throws Exception {
        int port = freePort();
        Process p = startCli(tmp.resolve("log.txt"), "demo", "--data", tmp.resolve("data").toString(), "--samples",
                SAMPLES.toString(), "--port", String.valueOf(port));
        try {
            HttpClient http = HttpClient.newHttpClient();
            JsonNode body = null;
            for (int i = 0; i < 600 && body == null; i++) {
                try {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + "/api/documents?limit=500")).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 200) {
                        body = new ObjectMapper().readTree(r.body());
                    }
                } catch (IOException notYet) {
                    assertThat(p.isAlive()).as("demo exited early: %s", Files.readString(tmp.resolve("log.txt"))).isTrue();
                    Thread.sleep(100);
                }
            }
            assertThat(body).as("the demo never answered").isNotNull();
            long sampleFiles;
            try (var s = Files.list(SAMPLES)) {
                sampleFiles = s.filter(f -> f.toString().endsWith(".html")).count();
            }
            assertThat(sampleFiles).isGreaterThanOrEqualTo(15);
            assertThat(body.get("items")).hasSize((int) sampleFiles);
            assertThat(body.get("next").isNull()).isTrue();
            JsonNode first = body.get("items").get(0);
            for (String field : List.of("id", "url", "title", "publisher", "publishedAt", "language", "claimCount")) {
                assertThat(first.has(field)).as("field %s", field).isTrue();
            }
        } finally {
            p.destroy();
            p.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aPortInUseIsOneClearLineAndANonZeroExit() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            Path log = tmp.resolve("busy.txt");
            Process p = startCli(log, "serve", "--data", tmp.resolve("d2").toString(), "--port",
                    String.valueOf(taken.getLocalPort()));
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).isNotZero();
            String out = Files.readString(log);
            assertThat(out).contains("already in use").doesNotContain("\tat ");
        }
    }

    @Test
    void anUnwritableDataFolderIsOneClearLine() throws Exception {
        Path file = Files.writeString(tmp.resolve("plain-file"), "x");
        Path log = tmp.resolve("nodata.txt");
        Process p = startCli(log, "import", "--data", file.resolve("sub").toString(), SAMPLES.toString());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(Main.EXIT_USAGE);
        assertThat(Files.readString(log)).contains("specledger: cannot create the data folder").doesNotContain("\tat ");
    }

    static Process startCli(Path log, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
