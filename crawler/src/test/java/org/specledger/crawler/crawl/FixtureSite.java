package org.specledger.crawler.crawl;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** A web site served by the test on 127.0.0.1, recording every request (path with query, time) server-side. */
final class FixtureSite implements AutoCloseable {
    record Hit(String path, long nanos) {
    }

    @FunctionalInterface
    interface Handler {
        void handle(HttpExchange ex, int nth) throws IOException;
    }

    private final HttpServer server;
    private final ExecutorService threads;
    private final Map<String, Handler> routes = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    final List<Hit> hits = new CopyOnWriteArrayList<>();

    FixtureSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        AtomicInteger n = new AtomicInteger();
        threads = Executors.newFixedThreadPool(8, r -> {
            Thread t = new Thread(r, "fixture-site-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        server.createContext("/", ex -> {
            String path = ex.getRequestURI().getRawPath();
            String key = ex.getRequestURI().getRawQuery() == null ? path : path + "?" + ex.getRequestURI().getRawQuery();
            hits.add(new Hit(key, System.nanoTime()));
            int nth = counts.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            Handler h = routes.get(path);
            try {
                if (h == null) {
                    send(ex, 404, "text/html", "<html><body>not found</body></html>");
                } else {
                    h.handle(ex, nth);
                }
            } catch (IOException e) {
                // the client hung up (size cap, timeout): that is what some tests want
            } finally {
                ex.close();
            }
        });
        server.start();
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    String url(String path) {
        return base() + path;
    }

    FixtureSite route(String path, Handler h) {
        routes.put(path, h);
        return this;
    }

    FixtureSite page(String path, String contentType, String body) {
        return route(path, (ex, nth) -> send(ex, 200, contentType, body));
    }

    /** Requests for a path (query ignored). */
    int count(String path) {
        AtomicInteger c = counts.get(path);
        return c == null ? 0 : c.get();
    }

    List<Long> times(String pathPrefix) {
        List<Long> out = new ArrayList<>();
        for (Hit h : hits) {
            if (h.path().startsWith(pathPrefix)) {
                out.add(h.nanos());
            }
        }
        return out;
    }

    static void send(HttpExchange ex, int status, String contentType, String body) throws IOException {
        send(ex, status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    static void send(HttpExchange ex, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            ex.getResponseHeaders().set("Content-Type", contentType);
        }
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** An article page long enough for the extractor to take its text as the main content. */
    static String article(String title, String text) {
        String filler = "Analysts said the model was trained on a cluster of domestic accelerators and that independent"
                + " benchmark results have not yet been published, while the developer described the release as a"
                + " milestone for its research team and promised a technical report in the coming weeks.";
        return "<html><head><title>" + title + "</title></head><body><nav><a href=\"/\">Home</a></nav>"
                + "<article><h1>" + title + "</h1><p>" + text + "</p><p>" + filler + "</p><p>" + filler
                + "</p><p>" + filler + "</p></article></body></html>";
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
