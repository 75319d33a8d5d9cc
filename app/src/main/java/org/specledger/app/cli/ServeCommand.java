package org.specledger.app.cli;

import io.javalin.Javalin;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.specledger.app.AppContext;
import org.specledger.web.server.WebConfig;
import org.specledger.web.server.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the site and the JSON API.")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    Main.DataOption data;

    @Mixin
    ServerOptions server;

    @Override
    public Integer call() throws InterruptedException {
        try (AppContext app = Contexts.open(data)) {
            serveUntilStopped(app, server.config());
            return 0;
        }
    }

    /** Starts the server and blocks until the process is stopped. */
    static void serveUntilStopped(AppContext app, WebConfig cfg) throws InterruptedException {
        Javalin server;
        try {
            server = WebServer.create(app, cfg).start();
        } catch (RuntimeException e) {
            throw new CliException("cannot start the server on " + cfg.host() + ":" + cfg.port() + ": "
                    + Failures.describe(e));
        }
        System.out.println("SpecLedger is serving " + app.dataDir() + " at http://" + displayHost(cfg.host()) + ":"
                + server.port() + "/ (Ctrl-C stops it)");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            stopped.countDown();
        }, "specledger-shutdown"));
        stopped.await();
    }

    private static String displayHost(String host) {
        return host.equals("127.0.0.1") || host.equals("0.0.0.0") ? "localhost" : host;
    }

    /** Options of the commands that serve. */
    static final class ServerOptions {
        @Option(names = "--port", paramLabel = "N", defaultValue = "7070", description = "TCP port. Default: 7070")
        int port;

        @Option(names = "--host", paramLabel = "ADDR", defaultValue = "127.0.0.1",
                description = "Interface to bind. Default: 127.0.0.1")
        String host;

        @Option(names = "--admin-token", paramLabel = "TOKEN", hidden = true,
                description = "Refused: a token on the command line is visible to every user in ps.")
        String adminTokenArgument;

        @Option(names = "--admin-token-file", paramLabel = "FILE",
                description = "A file holding the token for admin actions (its first line), readable only by you."
                        + " Or set the environment variable SPECLEDGER_ADMIN_TOKEN. No default: admin is off without"
                        + " one. At least 16 characters, 8 of them different.")
        Path adminTokenFile;

        @Option(names = "--public-url", paramLabel = "URL", defaultValue = "${env:SPECLEDGER_PUBLIC_URL}",
                description = "The site's public origin (e.g. https://specledger.example) for absolute links in feeds"
                        + " and ClaimReview (or env SPECLEDGER_PUBLIC_URL). Default: the request's host when it is"
                        + " loopback, else http://localhost:PORT.")
        String publicUrl;

        @Option(names = "--threads", paramLabel = "N",
                description = "The most requests handled at once (8..1000); more wait their turn. Default: 8 per core,"
                        + " at least 16.")
        Integer threads;

        WebConfig config() {
            try {
                WebConfig c = WebConfig.defaults().withPort(port).withHost(host).withAdminToken(adminToken())
                        .withPublicUrl(publicUrl);
                return threads == null ? c : c.withThreads(threads);
            } catch (IllegalArgumentException e) {
                throw new CliException(e.getMessage());
            }
        }

        /**
         * The token from --admin-token-file or SPECLEDGER_ADMIN_TOKEN, never from the command line, where every
         * user of the machine sees it in {@code ps} (and shell history keeps it).
         */
        String adminToken() {
            if (adminTokenArgument != null) {
                throw new CliException("--admin-token would show the token to every user of this machine (ps, shell"
                        + " history): put it in a file only you can read and pass --admin-token-file FILE, or set"
                        + " SPECLEDGER_ADMIN_TOKEN");
            }
            if (adminTokenFile != null) {
                try {
                    String content = Files.readString(adminTokenFile, StandardCharsets.UTF_8);
                    int eol = content.indexOf('\n');
                    String first = eol < 0 ? content : content.substring(0, eol);
                    return first.endsWith("\r") ? first.substring(0, first.length() - 1) : first;
                } catch (IOException e) {
                    throw new CliException("cannot read the admin token file " + adminTokenFile + ": "
                            + Failures.describe(e));
                }
            }
            String env = System.getenv("SPECLEDGER_ADMIN_TOKEN");
            return env == null || env.isEmpty() ? null : env;
        }
    }
}
