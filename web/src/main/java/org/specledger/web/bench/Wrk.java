package org.specledger.web.bench;

import io.javalin.Javalin;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.specledger.web.app.AppContext;
import org.specledger.web.server.WebConfig;
import org.specledger.web.server.WebServer;

/**
 * Debian's {@code wrk} as a peer load generator, when it is installed: a closed-loop client (as fast as the server
 * answers) beside our open-loop fixed-rate one, against the same server on a loopback port. Absent wrk, the
 * report says so and nothing fails.
 */
final class Wrk {
    private Wrk() {
    }

    static String againstFreshServer(AppContext app, Duration duration) {
        Path wrk = List.of(Path.of("/usr/bin/wrk"), Path.of("/usr/local/bin/wrk")).stream().filter(Files::isExecutable)
                .findFirst().orElse(null);
        if (wrk == null) {
            return "\n### wrk\n\nwrk is not installed (`apt-get install -y wrk`), so no closed-loop figures.\n";
        }
        Javalin server = WebServer.create(app, WebConfig.defaults().withPort(0).withApiRequestsPerMinute(0)).start();
        StringBuilder md = new StringBuilder("\n### wrk (closed loop, 2 threads, 16 connections, "
                + duration.toSeconds() + " s per route)\n\n");
        try {
            for (String path : List.of("/api/documents?limit=20", "/documents/1", "/health")) {
                md.append("`GET ").append(path).append("`\n\n```\n")
                        .append(run(wrk, "http://127.0.0.1:" + server.port() + path, duration)).append("```\n\n");
            }
        } finally {
            server.stop();
        }
        return md.toString();
    }

    private static String run(Path wrk, String url, Duration duration) {
        try {
            Path out = Files.createTempFile("specledger-wrk-", ".txt");
            Process p = new ProcessBuilder(wrk.toString(), "-t2", "-c16", "-d" + duration.toSeconds() + "s", "--latency", url)
                    .redirectErrorStream(true).redirectOutput(out.toFile()).start();
            if (!p.waitFor(duration.toSeconds() + 30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
            String text = Files.readString(out, StandardCharsets.UTF_8);
            Files.deleteIfExists(out);
            return text.lines().filter(l -> l.contains("Latency") || l.contains("50%") || l.contains("99%")
                    || l.contains("Requests/sec") || l.contains("requests in") || l.contains("Non-2xx")
                    || l.contains("Socket errors")).map(String::strip).reduce("", (a, b) -> a + b + "\n");
        } catch (IOException e) {
            return "wrk could not run: " + e.getMessage() + "\n";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted\n";
        }
    }
}
