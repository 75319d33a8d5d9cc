package org.specledger.web.security;

/**
 * The admin token from configuration ({@code WebConfig.adminToken}). There is no default: without one, admin
 * actions are disabled rather than guarded by a guessable secret.
 */
public final class AdminToken {
    private final String token;

    /** @param token the configured token, or null to disable admin actions */
    public AdminToken(String token) {
        this.token = token == null || token.isEmpty() ? null : token;
    }

    public boolean enabled() {
        return token != null;
    }

    /** True when admin is enabled and {@code given} equals the token (constant-time). */
    public boolean accepts(String given) {
        return enabled() && Secrets.same(token, given);
    }
}
