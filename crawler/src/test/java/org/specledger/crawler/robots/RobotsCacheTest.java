package org.specledger.crawler.robots;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.specledger.crawler.fetch.Fetcher;
import org.specledger.crawler.fetch.UrlPolicy;
import org.specledger.crawler.frontier.UrlNormalizer;

/**
 * robots.txt rules see the path and query as the crawler requests them. The cases have the shape of Google's
 * robots.txt test suite (google/robotstxt, robots_test.cc, "ID_QueryParams"-style cases): a site that disallows
 * everything but one URL with an ordered query must let exactly that URL through, however the normalizer
 * spells the rest.
 */
class RobotsCacheTest {

    private static final String ROBOTS = """
            user-agent: specledger
            disallow: /
            allow: /foo/bar?qux=taz&baz=http://foo.bar?tar&par
            allow: /reports/$
            allow: /reports/item?id=7&lang=en
            """;

    private HttpServer server;
    private String base;

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/robots.txt", ex -> {
            byte[] body = ROBOTS.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "text/plain");
            ex.sendResponseHeaders(200, body.length);
            try (ex) {
                ex.getResponseBody().write(body);
            }
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @ParameterizedTest(name = "{0} allowed={1}")
    @CsvSource(delimiter = '|', textBlock = """
            # path and query as linked                          | allowed
            /foo/bar?qux=taz&baz=http://foo.bar?tar&par         | true
            /foo/bar?baz=http://foo.bar?tar&par&qux=taz         | false
            /foo/bar?qux=taz&baz=http://foo.bar?tar&par#frag    | true
            /foo/bar?qux=taz&utm_source=feed&baz=http://foo.bar?tar&par | true
            /reports/item?id=7&lang=en                          | true
            /reports/item?lang=en&id=7                          | false
            /reports/                                           | true
            /reports/other                                      | false
            """)
    void rulesMatchTheQueryInTheOrderItIsRequested(String pathAndQuery, boolean allowed) {
        Fetcher fetcher = new Fetcher("specledger-test", Duration.ofSeconds(5), Duration.ofSeconds(5), 1 << 20, 5,
                new UrlPolicy(true));
        RobotsCache robots = new RobotsCache(fetcher, "specledger", Duration.ofHours(1), Duration.ofMinutes(1), Clock.systemUTC());
        String url = UrlNormalizer.normalize(base + pathAndQuery).orElseThrow();

        RobotsVerdict v = robots.check(url);

        assertThat(v.allowed()).as(url).isEqualTo(allowed);
        assertThat(v.reason()).isEqualTo(allowed ? null : "disallowed by robots.txt");
    }
}
