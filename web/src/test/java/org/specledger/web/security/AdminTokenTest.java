package org.specledger.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Issue 14, item 14: weak tokens refused, repeated wrong tokens slowed down per client. */
class AdminTokenTest {
    static final String GOOD = "k3v9-Qx7p-Lm2w-Zr8t";

    /** A clock the test moves by hand. */
    static final class Manual extends Clock {
        Instant now = Instant.parse("2026-11-30T12:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void weakTokensAreRefusedWithTheReason() {
        assertThat(AdminToken.weakness("                    ")).contains("whitespace");
        assertThat(AdminToken.weakness("\t\n")).contains("whitespace");
        assertThat(AdminToken.weakness("short-token-12")).contains("at least 16 characters");
        assertThat(AdminToken.weakness("aaaaaaaaaaaaaaaaaaaa")).contains("8 different characters");
        assertThat(AdminToken.weakness("abababababababab")).contains("8 different characters");
        assertThat(AdminToken.weakness(" " + GOOD)).contains("whitespace");
        assertThat(AdminToken.weakness(GOOD)).isNull();
        assertThat(AdminToken.weakness(null)).isNull(); // admin disabled
    }

    @Test
    void repeatedWrongTokensFromOneAddressAreThrottledOthersAreNot() {
        Manual clock = new Manual();
        AdminToken t = new AdminToken(GOOD, clock);
        for (int i = 0; i < AdminToken.FREE_FAILURES; i++) {
            assertThat(t.attempt("203.0.113.9", "guess-" + i)).isInstanceOf(AdminToken.Attempt.Wrong.class);
        }
        // Now even the right token waits: a guesser cannot tell a hit from the throttle.
        assertThat(t.attempt("203.0.113.9", GOOD)).isInstanceOfSatisfying(AdminToken.Attempt.Throttled.class,
                th -> assertThat(th.retryAfterSeconds()).isEqualTo(1));
        assertThat(t.attempt("198.51.100.4", GOOD)).isInstanceOf(AdminToken.Attempt.Accepted.class);

        clock.now = clock.now.plus(Duration.ofSeconds(2));
        assertThat(t.attempt("203.0.113.9", "guess-again")).isInstanceOf(AdminToken.Attempt.Wrong.class);
        assertThat(t.attempt("203.0.113.9", GOOD)).isInstanceOfSatisfying(AdminToken.Attempt.Throttled.class,
                th -> assertThat(th.retryAfterSeconds()).isEqualTo(2)); // the wait doubles
        for (int i = 0; i < 30; i++) {
            clock.now = clock.now.plus(Duration.ofHours(1));
            t.attempt("203.0.113.9", "guess-" + i);
        }
        assertThat(t.attempt("203.0.113.9", GOOD)).isInstanceOfSatisfying(AdminToken.Attempt.Throttled.class,
                th -> assertThat(th.retryAfterSeconds()).isEqualTo(AdminToken.MAX_WAIT_SECONDS));
        clock.now = clock.now.plus(Duration.ofSeconds(AdminToken.MAX_WAIT_SECONDS));
        assertThat(t.attempt("203.0.113.9", GOOD)).isInstanceOf(AdminToken.Attempt.Accepted.class);
        assertThat(t.attempt("203.0.113.9", "wrong")).isInstanceOf(AdminToken.Attempt.Wrong.class); // count reset
    }
}
