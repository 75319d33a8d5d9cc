package org.specledger.bench;

import io.javalin.Javalin;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.specledger.app.AppContext;
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

    /** Requests/s in wrk's summary ("Requests/sec:   1234.56"). */
    private static final java.util.regex.Pattern RATE = java.util.regex.Pattern.compile("Requests/sec:\\s*([0-9.]+)");
    /** The 99th percentile line of {@code --latency} ("99%   12.34ms"). */
    private static final java.util.regex.Pattern P99 = java.util.regex.Pattern.compile("99%\\s+([0-9.]+\\w+)");

    /**
     * Every page and API route in a closed loop, one after the other, each beside {@code /health} measured in the
     * same run (the goal: every route at least 0.1 × /health's rate). The machine is shared, so the
     * ratio is the figure to read, not the absolute rate.
     */
    static String againstFreshServer(AppContext app, Duration duration) {
        Path wrk = List.of(Path.of("/usr/bin/wrk"), Path.of("/usr/local/bin/wrk")).stream().filter(Files::isExecutable)
                .findFirst().orElse(null);
        if (wrk == null) {
            return "\n### wrk\n\nwrk is not installed (`apt-get install -y wrk`), so no closed-loop figures.\n";
        }
        String model = app.db().models().list(null, 1).items().stream().map(m -> m.id()).findFirst().orElse("none");
        long doc = app.db().documents().list(null, 1).items().stream().map(d -> d.id()).findFirst().orElse(1L);
        List<String> paths = List.of("/health", "/api/documents?limit=20", "/documents/" + doc, "/documents?limit=20",
                "/models", "/models/" + model, "/api/models", "/api/models/" + model, "/flags", "/api/flags",
                "/benchmarks", "/api/claims?limit=20", "/feeds/flags.atom", "/search?q=parameters",
                "/api/search?q=parameters", "/api/search?q=Kimi+K2", "/");
        Javalin server = WebServer.create(app, WebConfig.defaults().withPort(0).withApiRequestsPerMinute(0)).start();
        StringBuilder md = new StringBuilder("\n### wrk (closed loop, 2 threads, 16 connections, "
                + duration.toSeconds() + " s per route, one route at a time)\n\n"
                + "| route | requests/s | × /health | p99 | non-2xx / socket errors |\n|---|---|---|---|---|\n");
        try {
            double health = Double.NaN;
            for (String path : paths) {
                String out = run(wrk, "http://127.0.0.1:" + server.port() + path, duration);
                var rate = RATE.matcher(out);
                var p99 = P99.matcher(out);
                double r = rate.find() ? Double.parseDouble(rate.group(1)) : Double.NaN;
                if (path.equals("/health")) {
                    health = r;
                }
                String problems = out.lines().filter(l -> l.contains("Non-2xx") || l.contains("Socket errors"))
                        .map(String::strip).reduce((x, y) -> x + "; " + y).orElse("none");
                md.append(String.format(java.util.Locale.ROOT, "| `%s` | %,.0f | %.2f | %s | %s |%n", path, r, r / health,
                        p99.find() ? p99.group(1) : "?", problems));
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
