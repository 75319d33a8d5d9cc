package org.specledger.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsrfAndAdminTokenTest {
    @Test
    void adminTokenIsDisabledWithoutConfigurationAndComparesExactly() {
        assertThat(new AdminToken(null).enabled()).isFalse();
        assertThat(new AdminToken("").accepts("")).isFalse();
        AdminToken t = new AdminToken("secret-token-1234");
        assertThat(t.accepts("secret-token-1234")).isTrue();
        assertThat(t.accepts("secret-token-1235")).isFalse();
        assertThat(t.accepts("secret-token-12345")).isFalse();
        assertThat(t.accepts(null)).isFalse();
    }

    @Test
    void secretsCompareByContent() {
        assertThat(Secrets.same("abc", new String("abc"))).isTrue();
        assertThat(Secrets.same("abc", "abd")).isFalse();
        assertThat(Secrets.same(null, "abc")).isFalse();
    }
}
