package org.specledger.web.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Comparison of secrets that takes the same time however many leading characters match. */
final class Secrets {
    private Secrets() {
    }

    /** True when both are non-null and equal; constant-time in the content (MessageDigest.isEqual). */
    static boolean same(String expected, String given) {
        if (expected == null || given == null) {
            return false;
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }
}
