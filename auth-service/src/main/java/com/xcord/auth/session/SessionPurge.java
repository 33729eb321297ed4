package com.xcord.auth.session;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;

/**
 * Keeps the session tables small: a refresh creates a row, so ended sessions and expired
 * tokens are deleted after a grace period (kept a week for support questions). Replicas may
 * run it concurrently; deletes are idempotent.
 */
@Component
class SessionPurge {

    private static final Logger log = LoggerFactory.getLogger(SessionPurge.class);
    static final Duration KEEP_ENDED = Duration.ofDays(7);

    private final SessionRepository sessions;

    SessionPurge(SessionRepository sessions) {
        this.sessions = sessions;
    }

    @Scheduled(fixedDelayString = "${xcord.auth.sessions.purge-interval:1h}", initialDelayString = "5m")
    void purge() {
        Instant now = Instant.now();
        int ended = sessions.deleteEndedBefore(now.minus(KEEP_ENDED));
        int tokens = sessions.deleteExpiredRefreshTokens(now);
        if (ended + tokens > 0) {
            log.info("purged {} ended session(s) and {} expired refresh token(s)", ended, tokens);
        }
    }
}
