package org.specledger.crawler.fetch;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Which URLs SpecLedger may fetch. URLs come from users (the {@code sources add} command, the web admin form),
 * so a crawl must not become a way to reach the machine's own network (server-side request forgery): only
 * http and https, and no loopback, private (RFC 1918, RFC 4193), carrier-grade NAT (RFC 6598), link-local
 * (RFC 3927, which includes cloud metadata at 169.254.169.254) or unspecified addresses, unless explicitly
 * allowed (tests and benchmarks on 127.0.0.1). The check resolves the host name, so it also catches names
 * that point inside; the fetcher repeats it on every redirect.
 */
public final class UrlPolicy {
    private final boolean allowPrivateAddresses;

    /** @param allowPrivateAddresses true lets loopback and private addresses through (tests, local benches) */
    public UrlPolicy(boolean allowPrivateAddresses) {
        this.allowPrivateAddresses = allowPrivateAddresses;
    }

    /** The policy for URLs typed by users: private addresses refused. */
    public static UrlPolicy strict() {
        return new UrlPolicy(false);
    }

    /** Empty when the URL may be fetched; otherwise the reason in words, naming what is wrong. */
    public Optional<String> check(String url) {
        if (url == null || url.isBlank()) {
            return Optional.of("the URL is empty");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return Optional.of("'" + url + "' is not a valid URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("only http and https URLs can be crawled, not "
                    + (scheme.isEmpty() ? "a URL without scheme" : scheme + ":") + " (" + url + ")");
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            return Optional.of("the URL " + url + " has no host");
        }
        if (allowPrivateAddresses) {
            return Optional.empty();
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            return Optional.of("the host " + host + " cannot be resolved");
        }
        for (InetAddress a : addresses) {
            String kind = internalKind(a);
            if (kind != null) {
                return Optional.of("the host " + host + " resolves to " + a.getHostAddress() + ", a " + kind
                        + " address; crawling internal addresses is not allowed (set allowPrivateAddresses for tests)");
            }
        }
        return Optional.empty();
    }

    /** The kind of internal address, or null for a public one. */
    static String internalKind(InetAddress a) {
        if (a.isLoopbackAddress()) {
            return "loopback";
        }
        if (a.isAnyLocalAddress()) {
            return "unspecified";
        }
        if (a.isLinkLocalAddress()) {
            return "link-local";
        }
        if (a.isSiteLocalAddress()) {
            return "private";
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet6Address && (b[0] & 0xfe) == 0xfc) {
            return "private"; // fc00::/7, unique local (RFC 4193)
        }
        if (b.length == 4 && (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64) {
            return "private"; // 100.64.0.0/10, shared address space (RFC 6598)
        }
        if (a.isMulticastAddress()) {
            return "multicast";
        }
        return null;
    }
}
