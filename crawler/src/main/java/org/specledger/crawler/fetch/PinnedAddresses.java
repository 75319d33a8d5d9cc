package org.specledger.crawler.fetch;

import java.net.InetAddress;
import java.net.spi.InetAddressResolver;
import java.net.spi.InetAddressResolverProvider;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Makes the HTTP client connect to exactly the addresses the {@link UrlPolicy} vetted. {@code java.net.http} takes
 * a URL, not an address, and resolves the host again when it connects; a name whose DNS answer changes between
 * the check and the connect (DNS rebinding: first a public address, then 127.0.0.1) would reach the inside. So
 * while a fetch runs, its host is pinned here to the vetted addresses, and the JVM's resolver (this class's
 * {@link Provider}, installed through {@code META-INF/services}, JEP 418) answers the client from the pin. The
 * URL keeps its host name, so the Host header and the TLS server name and certificate check are unchanged.
 *
 * <p>Names that are not pinned go to the JDK's built-in resolver. Tests may pin a name too: it acts as a
 * hosts-file entry for the duration of {@link #pin}'s handle.
 */
public final class PinnedAddresses {
    private static final Map<String, Pin> PINS = new ConcurrentHashMap<>();

    private record Pin(InetAddress[] addresses, int holders) {
    }

    private PinnedAddresses() {
    }

    /** Pins {@code host} to {@code addresses} until the returned handle is closed (pins nest per host). */
    public static Handle pin(String host, InetAddress[] addresses) {
        String key = key(host);
        InetAddress[] copy = addresses.clone();
        PINS.compute(key, (k, old) -> new Pin(copy, old == null ? 1 : old.holders() + 1));
        return () -> PINS.computeIfPresent(key, (k, old) -> old.holders() <= 1 ? null
                : new Pin(old.addresses(), old.holders() - 1));
    }

    /** The pinned addresses of {@code host}, or null. */
    static InetAddress[] pinned(String host) {
        Pin p = PINS.get(key(host));
        return p == null ? null : p.addresses();
    }

    private static String key(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
    }

    /** Ends a pin. */
    @FunctionalInterface
    public interface Handle extends AutoCloseable {
        @Override
        void close();
    }

    /** The JVM-wide resolver: pinned names from the pin, the rest from the JDK's built-in resolver. */
    public static final class Provider extends InetAddressResolverProvider {
        @Override
        public InetAddressResolver get(Configuration configuration) {
            InetAddressResolver builtin = configuration.builtinResolver();
            return new InetAddressResolver() {
                @Override
                public Stream<InetAddress> lookupByName(String host, LookupPolicy policy) throws UnknownHostException {
                    InetAddress[] pinned = pinned(host);
                    if (pinned == null) {
                        return builtin.lookupByName(host, policy);
                    }
                    int c = policy.characteristics();
                    boolean v4 = (c & LookupPolicy.IPV4) != 0;
                    boolean v6 = (c & LookupPolicy.IPV6) != 0;
                    InetAddress[] fit = Arrays.stream(pinned)
                            .filter(a -> a.getAddress().length == 4 ? v4 : v6).toArray(InetAddress[]::new);
                    if (fit.length == 0) {
                        throw new UnknownHostException(host + " (pinned to addresses of another family)");
                    }
                    return Arrays.stream(fit);
                }

                @Override
                public String lookupByAddress(byte[] addr) throws UnknownHostException {
                    return builtin.lookupByAddress(addr);
                }
            };
        }

        @Override
        public String name() {
            return "specledger-pinned-addresses";
        }
    }
}
