package com.xcord.auth.account;

import java.time.Instant;

/** A user account as stored (without its password hash). Never an API body: map it. */
public record Account(long id, String username, String email, String displayName, String bio, Long avatarMediaId,
        String status, boolean readReceiptsEnabled, Instant createdAt, Instant updatedAt) {
}
