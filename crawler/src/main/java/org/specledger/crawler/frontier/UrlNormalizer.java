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
 * lower-cases scheme and host, drops default ports and the fragment, resolves dot segments and normalizes
 * percent-encoding; this class also removes tracking parameters, which change nothing on the page but would
 * make every shared link a new URL.
 *
 * <p>The query keeps its parameters in the order the link gave them. BasicURLNormalizer sorts them, but the
 * URL is what we request and what robots.txt rules are matched against: a site that allows
 * {@code /foo/bar?qux=taz&baz=…} and disallows the rest refuses the sorted {@code ?baz=…&qux=taz} (RFC 9309
 * §2.2.2 matches the path and query "as requested"; Google's robots.txt test cases check this order).
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
        return Optional.of(dropTrackingPrefix(inOriginalOrder(trimmed, n)));
    }

    /**
     * The normalized URL with its query parameters back in the order of the original: each parameter is
     * normalized on its own (the same percent-encoding and removals) and they are joined as the link had them.
     */
    private static String inOriginalOrder(String original, String normalized) {
        int q = normalized.indexOf('?');
        String noFragment = original.replaceFirst("#.*$", "");
        int oq = noFragment.indexOf('?');
        if (q < 0 || oq < 0 || noFragment.indexOf('&', oq) < 0) {
            return normalized;
        }
        List<String> params = new java.util.ArrayList<>();
        for (String p : noFragment.substring(oq + 1).split("&")) {
            if (p.isEmpty()) {
                continue;
            }
            String one = NORMALIZER.filter("http://x.invalid/?" + p);
            int at = one == null ? -1 : one.indexOf('?');
            if (at >= 0 && at + 1 < one.length()) {
                params.add(one.substring(at + 1));
            }
        }
        // Should the parameters not reassemble to the normalizer's own set, its sorted query stands.
        String sortedJoined = normalized.substring(q + 1);
        List<String> sorted = new java.util.ArrayList<>(List.of(sortedJoined.split("&")));
        List<String> mine = new java.util.ArrayList<>(params);
        java.util.Collections.sort(sorted);
        java.util.Collections.sort(mine);
        if (!sorted.equals(mine)) {
            return normalized;
        }
        return normalized.substring(0, q + 1) + String.join("&", params);
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
