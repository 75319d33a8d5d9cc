package org.specledger.crawler.frontier;

import crawlercommons.filters.basic.BasicURLNormalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One spelling per URL, so that the frontier keeps one row per page. crawler-commons' {@link BasicURLNormalizer}
 * lower-cases scheme and host, drops default ports and the fragment, resolves dot segments, normalizes
 * percent-encoding and sorts the query; this class also removes tracking parameters, which change nothing on
 * the page but would make every shared link a new URL.
 */
public final class UrlNormalizer {
    /** Tracking parameters removed by exact name (Facebook, Google Ads, Microsoft Ads, Mailchimp, Yandex, Instagram). */
    public static final Set<String> TRACKING_PARAMETERS = Set.of("fbclid", "gclid", "dclid", "gbraid", "wbraid",
            "msclkid", "mc_cid", "mc_eid", "yclid", "igshid", "_ga", "_gl", "spm");
    /** Tracking parameters removed by prefix: Google Analytics campaign tags (utm_source, utm_medium, …). */
    public static final String TRACKING_PREFIX = "utm_";

    private static final BasicURLNormalizer NORMALIZER = BasicURLNormalizer.newBuilder()
            .queryParamsToRemove(TRACKING_PARAMETERS).build();

    private UrlNormalizer() {
    }

    /** The normalized URL, or empty when it is not an http(s) URL that can be parsed. */
    public static Optional<String> normalize(String url) {
        if (url == null) {
            return Optional.empty();
        }
        String trimmed = url.strip();
        String lower = trimmed.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            return Optional.empty();
        }
        String n = NORMALIZER.filter(trimmed);
        if (n == null) {
            return Optional.empty();
        }
        return Optional.of(dropTrackingPrefix(n));
    }

    /** scheme://host[:port] of a normalized URL: the unit of politeness and of robots.txt (RFC 9309 §2.3). */
    public static String origin(String normalizedUrl) {
        int start = normalizedUrl.indexOf("://") + 3;
        int slash = normalizedUrl.indexOf('/', start);
        return slash < 0 ? normalizedUrl : normalizedUrl.substring(0, slash);
    }

    /** The host of a normalized URL, without port. */
    public static String host(String normalizedUrl) {
        String authority = origin(normalizedUrl).substring(normalizedUrl.indexOf("://") + 3);
        if (authority.startsWith("[")) {
            return authority.substring(0, authority.indexOf(']') + 1);
        }
        int colon = authority.indexOf(':');
        return colon < 0 ? authority : authority.substring(0, colon);
    }

    private static String dropTrackingPrefix(String url) {
        int q = url.indexOf('?');
        if (q < 0 || !url.toLowerCase(Locale.ROOT).contains(TRACKING_PREFIX)) {
            return url;
        }
        List<String> kept = Stream.of(url.substring(q + 1).split("&"))
                .filter(p -> !p.toLowerCase(Locale.ROOT).startsWith(TRACKING_PREFIX))
                .toList();
        String base = url.substring(0, q);
        return kept.isEmpty() ? base : base + "?" + kept.stream().collect(Collectors.joining("&"));
    }
}
