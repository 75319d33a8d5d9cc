package org.specledger.crawler.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, item 6: the crawler checked one DNS answer and connected with another, so a name that answered a public
 * address to the check and 127.0.0.1 to the connect (DNS rebinding) reached a loopback page. The resolver seam
 * gives names the answers of such an attacker's DNS server.
 */
class FetcherDnsRebindingTest {
    private HttpServer inside;
    private final List<String> hostHeaders = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        inside = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        inside.createContext("/", ex -> {
            hostHeaders.add(ex.getRequestHeaders().getFirst("Host"));
            byte[] body = "<html><body><p>internal admin page</p></body></html>".getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        inside.start();
    }

    @AfterEach
    void stop() {
        inside.stop(0);
    }

    private static Fetcher fetcher(UrlPolicy policy) {
        return new Fetcher("SpecLedgerTest/1.0", Duration.ofMillis(500), Duration.ofSeconds(2), 1 << 20, 3, policy);
    }

    @Test
    void aNameThatRebindsToLoopbackAfterTheCheckIsNotFetched() throws Exception {
        AtomicInteger lookups = new AtomicInteger();
        InetAddress outside = InetAddress.getByName("192.0.2.10"); // TEST-NET-1: passes the check, answers nothing
        HostResolver attacker = host -> lookups.incrementAndGet() == 1 ? new InetAddress[] {outside}
                : new InetAddress[] {InetAddress.getLoopbackAddress()};
        try (Fetcher f = fetcher(new UrlPolicy(false, attacker))) {
            FetchResult r = f.fetch("http://rebind.test:" + inside.getAddress().getPort() + "/admin", null, null);
            assertThat(r.outcome()).isNotEqualTo(FetchResult.Outcome.OK);
        }
        assertThat(hostHeaders).as("requests that reached the loopback server").isEmpty();
        assertThat(lookups.get()).as("DNS look-ups for one fetch").isEqualTo(1);
    }

    @Test
    void theFetchConnectsToTheVettedAddressAndKeepsTheHostName() throws Exception {
        int port = inside.getAddress().getPort();
        HostResolver dns = host -> host.equals("news.test") ? new InetAddress[] {InetAddress.getLoopbackAddress()}
                : InetAddress.getAllByName(host);
        try (Fetcher f = fetcher(new UrlPolicy(true, dns))) {
            FetchResult r = f.fetch("http://news.test:" + port + "/story", null, null);
            assertThat(r.outcome()).isEqualTo(FetchResult.Outcome.OK);
            assertThat(new String(r.body(), StandardCharsets.UTF_8)).contains("internal admin page");
        }
        assertThat(hostHeaders).containsExactly("news.test:" + port);
    }

    @Test
    void theSameNameIsRefusedWhenItsOneAnswerIsLoopback() throws Exception {
        HostResolver dns = host -> new InetAddress[] {InetAddress.getLoopbackAddress()};
        try (Fetcher f = fetcher(new UrlPolicy(false, dns))) {
            FetchResult r = f.fetch("http://news.test:" + inside.getAddress().getPort() + "/story", null, null);
            assertThat(r.outcome()).isEqualTo(FetchResult.Outcome.SKIPPED);
            assertThat(r.reason()).contains("loopback");
        }
        assertThat(hostHeaders).isEmpty();
    }
}
