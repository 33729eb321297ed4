package com.xcord.auth.account;

import com.xcord.servicekit.id.Ids;

import java.time.Instant;

/** The caller's own account: the body of {@code GET /me} and the {@code user} of token responses. */
public record AccountBody(String id, String username, String email, String displayName, String bio,
        String avatarMediaId, String status, boolean readReceiptsEnabled, Instant createdAt) {

    public static AccountBody of(Account account) {
        return new AccountBody(Ids.format(account.id()), account.username(), account.email(), account.displayName(),
                account.bio(), Ids.formatNullable(account.avatarMediaId()), account.status(),
                account.readReceiptsEnabled(), account.createdAt());
    }
}
