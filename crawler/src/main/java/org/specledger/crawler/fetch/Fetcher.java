package org.specledger.crawler.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.specledger.crawler.fetch.FetchResult.Outcome;
import org.specledger.crawler.frontier.UrlNormalizer;

/**
 * One GET with everything a polite crawler owes a site: a User-Agent naming us, conditional requests,
 * redirects followed by hand (so that each hop passes the {@link UrlPolicy} and loops are caught), timeouts,
 * a size cap and a content-type filter. It never throws for what a server does; every outcome is a
 * {@link FetchResult}. Politeness between requests (delays, robots.txt) is the caller's job.
 *
 * <p>Thread-safe; one instance per crawl. {@link #close()} stops its threads.
 */
public final class Fetcher implements AutoCloseable {
    /** Content types stored or parsed: HTML pages, feeds and sitemaps. Everything else is skipped. */
    public static final Set<String> ACCEPTED_TYPES = Set.of("text/html", "application/xhtml+xml",
            "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml");
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    private final String userAgent;
    private final Duration readTimeout;
    private final long maxBytes;
    private final int maxRedirects;
    private final UrlPolicy policy;
    private final ExecutorService httpThreads;
    private final ScheduledExecutorService watchdog;
    private final HttpClient client;

    /**
     * @param userAgent      sent with every request
     * @param connectTimeout how long to wait for a TCP (and TLS) connection
     * @param readTimeout    how long to wait for the response headers, and again for the whole body
     * @param maxBytes       the body is cut after this many bytes and marked truncated
     * @param maxRedirects   redirects followed before giving up
     * @param policy         checked on the URL and on every redirect target
     */
    public Fetcher(String userAgent, Duration connectTimeout, Duration readTimeout, long maxBytes, int maxRedirects,
                   UrlPolicy policy) {
        this.userAgent = userAgent;
        this.readTimeout = readTimeout;
        this.maxBytes = maxBytes;
        this.maxRedirects = maxRedirects;
        this.policy = policy;
        AtomicInteger n = new AtomicInteger();
        this.httpThreads = Executors.newCachedThreadPool(r -> daemon(r, "specledger-http-" + n.incrementAndGet()));
        this.watchdog = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "specledger-fetch-watchdog"));
        // HTTP/1.1: one request at a time on one connection per host, which is what politeness wants.
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(connectTimeout)
                .executor(httpThreads)
                .build();
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /**
     * Fetches a page, feed or sitemap.
     *
     * @param etag         validator from the last fetch, or null
     * @param lastModified validator from the last fetch, or null
     */
    public FetchResult fetch(String url, String etag, String lastModified) {
        return get(url, etag, lastModified, false);
    }

    /** Fetches a file of any type (robots.txt): no content-type filter, no binary sniffing. */
    public FetchResult fetchAny(String url) {
        return get(url, null, null, true);
    }

    private FetchResult get(String url, String etag, String lastModified, boolean anyType) {
        Set<String> visited = new HashSet<>();
        String current = url;
        for (int hop = 0; ; hop++) {
            UrlPolicy.Verdict verdict = policy.vet(current);
            if (!verdict.allowed()) {
                return FetchResult.problem(url, current, Outcome.SKIPPED, 0, null, verdict.refusal());
            }
            if (!visited.add(UrlNormalizer.normalize(current).orElse(current))) {
                return FetchResult.problem(url, current, Outcome.FAILED, 0, null,
                        "redirect loop: " + current + " was already visited");
            }
            HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(current))
                    .timeout(readTimeout)
                    .header("User-Agent", userAgent)
                    .header("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
                            + "application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.1");
            if (hop == 0 && etag != null) {
                req.header("If-None-Match", etag);
            }
            if (hop == 0 && lastModified != null) {
                req.header("If-Modified-Since", lastModified);
            }
            HttpResponse<InputStream> resp;
            // Connect to the addresses just vetted, not to a second DNS answer (PinnedAddresses says why).
            try (PinnedAddresses.Handle pin = PinnedAddresses.pin(verdict.host(), verdict.addresses())) {
                resp = client.send(req.build(), HttpResponse.BodyHandlers.ofInputStream());
            } catch (HttpConnectTimeoutException e) {
                return FetchResult.problem(url, current, Outcome.RETRY, 0, null, "connect timed out: " + current);
            } catch (HttpTimeoutException e) {
                return FetchResult.problem(url, current, Outcome.RETRY, 0, null,
                        "timed out: no response within " + readTimeout.toMillis() + " ms");
            } catch (ConnectException e) {
                return FetchResult.problem(url, current, Outcome.RETRY, 0, null, "connection refused: " + current);
            } catch (IOException e) {
                return FetchResult.problem(url, current, Outcome.RETRY, 0, null, "I/O error: " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return FetchResult.problem(url, current, Outcome.RETRY, 0, null, "interrupted");
            } catch (IllegalArgumentException e) {
                return FetchResult.problem(url, current, Outcome.FAILED, 0, null, "bad URL: " + e.getMessage());
            }
            int status = resp.statusCode();
            Optional<String> location = resp.headers().firstValue("Location");
            if (REDIRECTS.contains(status) && location.isPresent()) {
                discard(resp.body());
                if (hop >= maxRedirects) {
                    return FetchResult.problem(url, current, Outcome.FAILED, status, null,
                            "too many redirects (more than " + maxRedirects + ")");
                }
                try {
                    current = URI.create(current).resolve(location.get().strip()).toString();
                } catch (IllegalArgumentException e) {
                    return FetchResult.problem(url, current, Outcome.FAILED, status, null,
                            "bad redirect target '" + location.get() + "'");
                }
                continue;
            }
            return answer(url, current, resp, anyType);
        }
    }

    private FetchResult answer(String url, String finalUrl, HttpResponse<InputStream> resp, boolean anyType) {
        int status = resp.statusCode();
        var headers = resp.headers();
        String etag = headers.firstValue("ETag").orElse(null);
        String lastModified = headers.firstValue("Last-Modified").orElse(null);
        if (status == 304) {
            discard(resp.body());
            return new FetchResult(url, finalUrl, Outcome.NOT_MODIFIED, status, null, new byte[0], false, etag,
                    lastModified, null, null);
        }
        if (status == 429 || status >= 500) {
            discard(resp.body());
            Duration retryAfter = headers.firstValue("Retry-After").flatMap(v -> retryAfter(v, Instant.now())).orElse(null);
            return FetchResult.problem(url, finalUrl, Outcome.RETRY, status, retryAfter, "HTTP " + status);
        }
        if (status < 200 || status > 299) {
            discard(resp.body());
            return FetchResult.problem(url, finalUrl, Outcome.FAILED, status, null, "HTTP " + status);
        }
        String contentType = headers.firstValue("Content-Type").orElse(null);
        String mediaType = mediaType(contentType);
        if (!anyType && mediaType != null && !ACCEPTED_TYPES.contains(mediaType)) {
            discard(resp.body());
            return FetchResult.problem(url, finalUrl, Outcome.SKIPPED, status, null,
                    "content type " + mediaType + " not accepted");
        }
        Body body;
        try {
            body = readCapped(resp.body());
        } catch (IOException e) {
            return FetchResult.problem(url, finalUrl, Outcome.RETRY, status, null, e.getMessage());
        }
        if (!anyType) {
            String binary = BinarySniffer.sniff(body.bytes());
            if (binary != null) {
                return FetchResult.problem(url, finalUrl, Outcome.FAILED, status, null,
                        "binary content (" + binary + ") served as " + (mediaType == null ? "no content type" : mediaType));
            }
        }
        return new FetchResult(url, finalUrl, Outcome.OK, status, contentType, body.bytes(), body.truncated(), etag,
                lastModified, null, null);
    }

    private record Body(byte[] bytes, boolean truncated) {
    }

    /**
     * Reads at most {@code maxBytes}; closing the stream early drops the connection, so the server stops
     * sending. A watchdog closes the stream when the body takes longer than the read timeout, since the
     * client's own timeout only covers the wait for the headers.
     */
    private Body readCapped(InputStream in) throws IOException {
        AtomicBoolean timedOut = new AtomicBoolean();
        ScheduledFuture<?> alarm = watchdog.schedule(() -> {
            timedOut.set(true);
            discard(in);
        }, readTimeout.toMillis(), TimeUnit.MILLISECONDS);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[16 * 1024];
        boolean truncated = false;
        try (in) {
            int n;
            while ((n = in.read(buf)) >= 0) {
                long room = maxBytes - out.size();
                if (n > room) {
                    out.write(buf, 0, (int) room);
                    truncated = true;
                    break;
                }
                out.write(buf, 0, n);
            }
        } catch (IOException e) {
            if (timedOut.get()) {
                throw new IOException("timed out: the body took longer than " + readTimeout.toMillis() + " ms", e);
            }
            throw new IOException("I/O error while reading the body: " + e.getMessage(), e);
        } finally {
            alarm.cancel(false);
        }
        if (timedOut.get() && !truncated) {
            throw new IOException("timed out: the body took longer than " + readTimeout.toMillis() + " ms");
        }
        return new Body(out.toByteArray(), truncated);
    }

    private static void discard(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // the connection is dropped either way
        }
    }

    /** "text/html" from "text/HTML; charset=utf-8"; null when there is no header. */
    static String mediaType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return null;
        }
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }

    /**
     * The wait a Retry-After header asks for: delay-seconds or an HTTP-date (RFC 9110 §10.2.3). A date in
     * the past means now; an unreadable value is ignored.
     */
    public static Optional<Duration> retryAfter(String value, Instant now) {
        String v = value.strip();
        if (v.matches("\\d{1,9}")) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
        }
        try {
            Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return Optional.of(at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        watchdog.shutdownNow();
        client.close();
        httpThreads.shutdownNow();
    }
}
