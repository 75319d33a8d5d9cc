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
 * allowed (tests and benchmarks on 127.0.0.1). The check resolves the host name once, so it also catches names
 * that point inside, and the fetcher connects to exactly the addresses it vetted; it repeats this on every
 * redirect.
 */
public final class UrlPolicy {
    private final boolean allowPrivateAddresses;
    private final HostResolver resolver;

    /** @param allowPrivateAddresses true lets loopback and private addresses through (tests, local benches) */
    public UrlPolicy(boolean allowPrivateAddresses) {
        this(allowPrivateAddresses, HostResolver.SYSTEM);
    }

    /** @param resolver the one look-up of each host (tests give names the answers they need) */
    public UrlPolicy(boolean allowPrivateAddresses, HostResolver resolver) {
        this.allowPrivateAddresses = allowPrivateAddresses;
        this.resolver = resolver;
    }

    /** The policy for URLs typed by users: private addresses refused. */
    public static UrlPolicy strict() {
        return new UrlPolicy(false);
    }

    /**
     * A URL's verdict: the host and the addresses it may be fetched from (every answer of the one look-up, each
     * checked), or the reason it may not.
     */
    public record Verdict(String host, InetAddress[] addresses, String refusal) {
        public boolean allowed() {
            return refusal == null;
        }

        static Verdict refused(String why) {
            return new Verdict(null, null, why);
        }
    }

    /** Empty when the URL may be fetched; otherwise the reason in words, naming what is wrong. */
    public Optional<String> check(String url) {
        return Optional.ofNullable(vet(url).refusal());
    }

    /**
     * Checks a URL and resolves its host once. The fetcher then connects to exactly these addresses
     * ({@link PinnedAddresses}), so a DNS answer that changes after the check is never used.
     */
    public Verdict vet(String url) {
        if (url == null || url.isBlank()) {
            return Verdict.refused("the URL is empty");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return Verdict.refused("'" + url + "' is not a valid URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Verdict.refused("only http and https URLs can be crawled, not "
                    + (scheme.isEmpty() ? "a URL without scheme" : scheme + ":") + " (" + url + ")");
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            return Verdict.refused("the URL " + url + " has no host");
        }
        String name = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(name);
        } catch (UnknownHostException e) {
            return Verdict.refused("the host " + host + " cannot be resolved");
        }
        if (addresses == null || addresses.length == 0) {
            return Verdict.refused("the host " + host + " cannot be resolved");
        }
        if (!allowPrivateAddresses) {
            for (InetAddress a : addresses) {
                String kind = internalKind(a);
                if (kind != null) {
                    return Verdict.refused("the host " + host + " resolves to " + a.getHostAddress() + ", a " + kind
                            + " address; crawling internal addresses is not allowed (set allowPrivateAddresses for tests)");
                }
            }
        }
        return new Verdict(name, addresses.clone(), null);
    }

    /**
     * The kind of internal address, or null for a public one: the special-purpose ranges of the IANA IPv4 and
     * IPv6 registries (RFC 6890) that are not reachable on the public internet, and IPv6 forms that carry such an
     * IPv4 address inside (IPv4-mapped and -compatible, NAT64 64:ff9b::/96 of RFC 6052, 6to4 2002::/16 of RFC 3056).
     */
    static String internalKind(InetAddress a) {
        byte[] b = a.getAddress();
        if (a.isLoopbackAddress()) {
            return "loopback";
        }
        if (a.isAnyLocalAddress()) {
            return "unspecified";
        }
        if (b.length == 16) {
            byte[] v4 = embeddedIpv4(b);
            if (v4 != null) {
                String inner = ipv4Kind(v4);
                if (inner != null) {
                    return inner;
                }
            }
        }
        if (a.isLinkLocalAddress()) {
            return "link-local";
        }
        if (a.isSiteLocalAddress()) {
            return "private";
        }
        if (a instanceof Inet6Address && (b[0] & 0xfe) == 0xfc) {
            return "private"; // fc00::/7, unique local (RFC 4193)
        }
        if (b.length == 4) {
            String kind = ipv4Kind(b);
            if (kind != null) {
                return kind;
            }
        }
        if (a.isMulticastAddress()) {
            return "multicast";
        }
        return null;
    }

    /** The special-purpose IPv4 ranges (RFC 6890 and the IANA registry) a crawler must not reach. */
    private static String ipv4Kind(byte[] b) {
        int o0 = b[0] & 0xff;
        int o1 = b[1] & 0xff;
        int o2 = b[2] & 0xff;
        if (o0 == 0) {
            return "unspecified"; // 0.0.0.0/8, "this network": Linux connects 0.0.0.1 to the machine itself
        }
        if (o0 == 127) {
            return "loopback";
        }
        if (o0 == 10 || (o0 == 172 && (o1 & 0xf0) == 16) || (o0 == 192 && o1 == 168)) {
            return "private";
        }
        if (o0 == 169 && o1 == 254) {
            return "link-local";
        }
        if (o0 == 100 && (o1 & 0xc0) == 64) {
            return "private"; // 100.64.0.0/10, shared address space (RFC 6598)
        }
        if (o0 == 192 && o1 == 0 && o2 == 0) {
            return "reserved"; // 192.0.0.0/24, IETF protocol assignments (RFC 6890)
        }
        if (o0 == 198 && (o1 & 0xfe) == 18) {
            return "reserved"; // 198.18.0.0/15, benchmarking (RFC 2544)
        }
        if (o0 >= 224 && o0 < 240) {
            return "multicast";
        }
        if (o0 >= 240) {
            return "reserved"; // 240.0.0.0/4 and the broadcast 255.255.255.255 (RFC 1112, RFC 919)
        }
        return null;
    }

    /** The IPv4 address inside an IPv4-mapped, IPv4-compatible, NAT64 or 6to4 IPv6 address; null for others. */
    private static byte[] embeddedIpv4(byte[] b) {
        boolean zeros80 = true;
        for (int i = 0; i < 10; i++) {
            zeros80 &= b[i] == 0;
        }
        if (zeros80 && ((b[10] == (byte) 0xff && b[11] == (byte) 0xff) || (b[10] == 0 && b[11] == 0))) {
            return java.util.Arrays.copyOfRange(b, 12, 16); // ::ffff:a.b.c.d, ::a.b.c.d
        }
        if (b[0] == 0 && b[1] == 0x64 && b[2] == (byte) 0xff && b[3] == (byte) 0x9b) {
            return java.util.Arrays.copyOfRange(b, 12, 16); // 64:ff9b::/96, the NAT64 well-known prefix (RFC 6052)
        }
        if (b[0] == 0x20 && b[1] == 0x02) {
            return java.util.Arrays.copyOfRange(b, 2, 6); // 2002:aabb:ccdd::/48, 6to4 (RFC 3056)
        }
        return null;
    }
}
