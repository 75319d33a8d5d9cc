package org.specledger.web.security;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The admin token from configuration ({@code WebConfig.adminToken}). There is no default: without one, admin
 * actions are disabled rather than guarded by a guessable secret. Wrong tokens are slowed down per client
 * address: after {@value #FREE_FAILURES} wrong tries an address must wait, twice as long after each further one
 * (1 s, 2 s, 4 s … at most {@value #MAX_WAIT_SECONDS} s), so guessing even a short token takes years (OWASP
 * Authentication Cheat Sheet, "Login Throttling").
 */
public final class AdminToken {
    /** Shortest token accepted. */
    public static final int MIN_LENGTH = 16;
    /** Fewest different characters in a token ("aaaaaaaaaaaaaaaa" is 16 characters but no secret). */
    public static final int MIN_DISTINCT = 8;
    /** Wrong tries an address may make before it must wait. */
    public static final int FREE_FAILURES = 5;
    /** Longest wait imposed after wrong tries. */
    public static final long MAX_WAIT_SECONDS = 900;
    /** Past this many tracked addresses, those with no wait left are forgotten. */
    private static final int PRUNE_AT = 10_000;

    private final String token;
    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    private record Failures(int count, long blockedUntilMs) {
    }

    /** The outcome of one try. */
    public sealed interface Attempt {
        /** The token matched. */
        record Accepted() implements Attempt {
        }

        /** The token did not match (or admin is disabled). */
        record Wrong() implements Attempt {
        }

        /** The address tried too many wrong tokens; it may try again after this many seconds. */
        record Throttled(long retryAfterSeconds) implements Attempt {
        }
    }

    /** @param token the configured token, or null to disable admin actions */
    public AdminToken(String token) {
        this(token, Clock.systemUTC());
    }

    AdminToken(String token, Clock clock) {
        this.token = token == null || token.isEmpty() ? null : token;
        this.clock = clock;
    }

    /**
     * Why a configured token is too weak to guard admin actions, or null when it is acceptable: at least
     * {@value #MIN_LENGTH} characters, not only whitespace, and at least {@value #MIN_DISTINCT} different characters.
     */
    public static String weakness(String token) {
        if (token == null) {
            return null;
        }
        if (token.isBlank()) {
            return "the admin token is empty or only whitespace";
        }
        if (!token.equals(token.strip())) {
            return "the admin token starts or ends with whitespace (a copy-paste slip?)";
        }
        if (token.length() < MIN_LENGTH) {
            return "the admin token must be at least " + MIN_LENGTH + " characters long, not " + token.length();
        }
        if (token.chars().distinct().count() < MIN_DISTINCT) {
            return "the admin token must have at least " + MIN_DISTINCT + " different characters;"
                    + " generate one, e.g. `openssl rand -base64 24`";
        }
        return null;
    }

    public boolean enabled() {
        return token != null;
    }

    /** True when admin is enabled and {@code given} equals the token (constant-time); no throttling. */
    public boolean accepts(String given) {
        return enabled() && Secrets.same(token, given);
    }

    /** One try from {@code address}: throttled addresses are refused before the token is even compared. */
    public Attempt attempt(String address, String given) {
        long now = clock.millis();
        Failures f = failures.get(address);
        if (f != null && f.blockedUntilMs() > now) {
            return new Attempt.Throttled(Math.max(1, (f.blockedUntilMs() - now + 999) / 1000));
        }
        if (accepts(given)) {
            failures.remove(address);
            return new Attempt.Accepted();
        }
        if (failures.size() > PRUNE_AT) {
            failures.values().removeIf(x -> x.blockedUntilMs() <= now && x.count() < FREE_FAILURES);
        }
        failures.compute(address, (k, old) -> {
            int count = old == null ? 1 : old.count() + 1;
            long wait = count < FREE_FAILURES ? 0
                    : Math.min(MAX_WAIT_SECONDS, 1L << Math.min(20, count - FREE_FAILURES)) * 1000;
            return new Failures(count, now + wait);
        });
        return new Attempt.Wrong();
    }
}
