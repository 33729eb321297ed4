package com.xcord.realtime.auth;

/**
 * Who a verified access token speaks for.
 *
 * @param userId          {@code sub}
 * @param authSessionId   {@code sid}: auth-service's session, closed by {@code session.revoked}; may be null
 * @param expiresAtMillis {@code exp}: the socket closes then unless the client identifies again
 */
public record Identity(String userId, String authSessionId, long expiresAtMillis) {
}
