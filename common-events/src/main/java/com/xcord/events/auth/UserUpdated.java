package com.xcord.events.auth;

import java.time.Instant;

/** The public profile of a user changed; carries the whole profile so consumers need no lookup. */
public record UserUpdated(String userId, String username, String displayName, String bio, String avatarMediaId,
        String status, boolean readReceiptsEnabled, Instant updatedAt) {
}
