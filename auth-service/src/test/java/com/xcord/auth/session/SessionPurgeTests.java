package com.xcord.auth.session;

import com.xcord.auth.support.IntegrationTest;
import com.xcord.auth.support.Users;
import com.xcord.auth.support.Users.Registered;
import com.xcord.auth.token.AccessTokenClaims;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class SessionPurgeTests extends IntegrationTest {

    @Autowired
    SessionPurge purge;

    @Test
    void deletesLongEndedSessionsAndExpiredTokensOnly() {
        Registered ended = Users.register(api, "ended");
        Registered active = Users.register(api, "active");
        long endedSession = AccessTokenClaims.sessionId(ended.accessToken());
        long activeSession = AccessTokenClaims.sessionId(active.accessToken());
        db.sql("UPDATE sessions SET revoked_at = now() - interval '8 days' WHERE id = ?").param(endedSession).update();

        purge.purge();

        assertThat(count("SELECT count(*) FROM sessions WHERE id = ?", endedSession)).isZero();
        assertThat(count("SELECT count(*) FROM refresh_tokens WHERE session_id = ?", endedSession)).isZero();
        assertThat(count("SELECT count(*) FROM sessions WHERE id = ?", activeSession)).isOne();
        assertThat(api.get("/api/v1/me").token(active.accessToken()).send().status()).isEqualTo(200);
    }
}
