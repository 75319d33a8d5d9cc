package org.specledger.web.security;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * A check that needs no network: http(s) only, a host, and no loopback, private (RFC 1918, RFC 4193),
 * link-local (RFC 3927, RFC 4291), wildcard or multicast address literal, nor a name reserved for local use
 * ({@code localhost}, RFC 6761 §6.3; {@code .local}, RFC 6762; {@code .internal}). Host names are not resolved
 * here: a name can resolve differently at fetch time (DNS rebinding), so the fetcher must check the address it
 * actually connects to.
 */
public final class BasicSourceUrlCheck implements SourceUrlCheck {
    /** Longest URL accepted; longer ones are almost always junk or an attack on a log. */
    public static final int MAX_LENGTH = 2048;

    @Override
    public Optional<String> rejection(String url) {
        if (url == null || url.isBlank()) {
            return Optional.of("enter the URL of a page, feed or sitemap");
        }
        if (url.length() > MAX_LENGTH) {
            return Optional.of("the URL is longer than " + MAX_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            return Optional.of("not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("only http and https URLs can be crawled");
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            return Optional.of("the URL has no host name");
        }
        if (uri.getUserInfo() != null) {
            return Optional.of("URLs with a user name or password are not accepted");
        }
        String h = host.toLowerCase(Locale.ROOT);
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        if (h.equals("localhost") || h.endsWith(".localhost") || h.endsWith(".local") || h.endsWith(".internal")) {
            return Optional.of("the host " + host + " is a local name");
        }
        if (isAddressLiteral(h)) {
            try {
                // An address literal is parsed without any lookup.
                InetAddress a = InetAddress.getByName(h.startsWith("[") ? h.substring(1, h.length() - 1) : h);
                if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
                        || a.isMulticastAddress() || isUniqueLocalV6(a)) {
                    return Optional.of("the address " + host + " is loopback, private or link-local");
                }
            } catch (UnknownHostException e) {
                return Optional.of("the address " + host + " cannot be read");
            }
        } else if (h.matches("[0-9.]+") || h.matches("0x[0-9a-f.x]+")) {
            // Forms like "2130706433" or "0x7f.1" that some resolvers read as IPv4 addresses.
            return Optional.of("write the address " + host + " as four decimal numbers");
        }
        return Optional.empty();
    }

    private static boolean isAddressLiteral(String h) {
        return h.startsWith("[") || h.matches("\\d{1,3}(\\.\\d{1,3}){3}");
    }

    /** fc00::/7, unique local IPv6 addresses (RFC 4193), which Java does not count as site-local. */
    private static boolean isUniqueLocalV6(InetAddress a) {
        byte[] b = a.getAddress();
        return b.length == 16 && (b[0] & 0xfe) == 0xfc;
    }
}
