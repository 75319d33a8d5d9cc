package org.specledger.crawler.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Turns a host name into addresses: the one DNS look-up a fetch makes (the seam that lets tests give a name any
 * answer, e.g. one that changes between two look-ups, the DNS-rebinding attack).
 */
@FunctionalInterface
public interface HostResolver {
    /** The system's resolver (the JDK's, with its cache). */
    HostResolver SYSTEM = InetAddress::getAllByName;

    /** Every address of {@code host}; an address literal is returned as it is. */
    InetAddress[] resolve(String host) throws UnknownHostException;
}
