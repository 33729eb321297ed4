package com.xcord.reactiveauth;

/**
 * What a verified access token says.
 *
 * @param userId          {@code sub}: a numeric user id of at most 19 digits
 * @param sessionId       {@code sid}: auth-service's session; null when the token carries none
 * @param expiresAtMillis {@code exp}, epoch milliseconds
 */
public record VerifiedAccessToken(String userId, String sessionId, long expiresAtMillis) {
}
