package com.xcord.events.auth;

import java.time.Instant;

/**
 * A session ended (logout, logout-all — one event per session —, revocation from the session list,
 * refresh-token reuse). Realtime closes its sockets; every token-checking process refuses its access
 * tokens from then on. A null {@code sessionId} (every session of the user) is what auth-service
 * published for logout-all before; consumers still honour it.
 */
public record SessionRevoked(String userId, String sessionId, String reason, Instant revokedAt) {
}
