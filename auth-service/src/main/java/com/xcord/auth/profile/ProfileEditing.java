package com.xcord.auth.profile;

import com.xcord.auth.account.Account;
import com.xcord.auth.account.Accounts;
import com.xcord.auth.account.ProfilePatch;
import com.xcord.servicekit.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Applies a profile change and publishes {@code user.updated} (the whole profile) in one transaction. */
@Service
class ProfileEditing {

    private final Accounts accounts;
    private final ProfileEvents events;
    private final TransactionTemplate tx;

    ProfileEditing(Accounts accounts, ProfileEvents events, TransactionTemplate tx) {
        this.accounts = accounts;
        this.events = events;
        this.tx = tx;
    }

    Account update(long userId, ProfilePatch patch) {
        return tx.execute(status -> {
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
            Account updated = accounts.updateProfile(userId, patch, now)
                    .orElseThrow(() -> new NotFoundException("User not found"));
            events.updated(updated, now);
            return updated;
        });
    }
}
