package com.xcord.events.auth;

import java.time.Instant;

/**
 * The email address of an account was set (at registration) or changed. Only services that write to users need it
 * (notification-service's email digest); it is personal data, so no one shows it to anyone else.
 */
public record UserEmailChanged(String userId, String email, Instant changedAt) {
}
