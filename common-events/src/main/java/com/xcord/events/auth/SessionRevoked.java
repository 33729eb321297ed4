package com.xcord.events.auth;

import java.time.Instant;

/**
 * A session ended (logout, refresh-token reuse) or, when {@code sessionId} is null, every
 * session of the user ended (logout-all). Realtime closes the affected sockets.
 */
public record SessionRevoked(String userId, String sessionId, String reason, Instant revokedAt) {
}
