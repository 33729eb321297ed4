package com.xcord.servicekit.security;

/**
 * The authenticated caller, resolved from the access token ({@code sub}, {@code sid}).
 * Declare it as a controller method parameter.
 */
public record CurrentUser(long id, long sessionId) {
}
