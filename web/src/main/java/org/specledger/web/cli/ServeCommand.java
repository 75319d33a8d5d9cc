package org.specledger.web.cli;

import io.javalin.Javalin;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.specledger.web.app.AppContext;
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

        @Option(names = "--admin-token", paramLabel = "TOKEN", defaultValue = "${env:SPECLEDGER_ADMIN_TOKEN}",
                description = "Token for admin actions (or env SPECLEDGER_ADMIN_TOKEN). No default: admin is off without it.")
        String adminToken;

        WebConfig config() {
            try {
                return WebConfig.defaults().withPort(port).withHost(host).withAdminToken(adminToken);
            } catch (IllegalArgumentException e) {
                throw new CliException(e.getMessage());
            }
        }
    }
}
