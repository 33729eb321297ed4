package com.xcord.auth.profile;

import com.xcord.auth.account.Account;
import com.xcord.servicekit.id.Ids;

import java.time.Instant;

/** What anyone signed in may see of a user. */
record PublicProfile(String id, String username, String displayName, String bio, String avatarMediaId, String status,
        Instant createdAt) {

    static PublicProfile of(Account account) {
        return new PublicProfile(Ids.format(account.id()), account.username(), account.displayName(), account.bio(),
                Ids.formatNullable(account.avatarMediaId()), account.status(), account.createdAt());
    }
}
