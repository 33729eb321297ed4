package com.xcord.events.auth;

import java.time.Instant;

/** A new account exists. Ids are snowflakes sent as strings. */
public record UserRegistered(String userId, String username, String displayName, Instant registeredAt) {
}
