package com.xcord.auth.profile;

import com.xcord.auth.account.Account;
import com.xcord.auth.account.Accounts;
import com.xcord.auth.account.ProfilePatch;
import com.xcord.servicekit.media.AttachableMedia;
import com.xcord.servicekit.media.MediaUse;
import com.xcord.servicekit.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Applies a profile change and publishes {@code user.updated} (the whole profile) in one transaction. A new avatar
 * is an image the user uploaded and media-service announced ready (400 naming {@code avatarMediaId} otherwise).
 */
@Service
class ProfileEditing {

    private final Accounts accounts;
    private final ProfileEvents events;
    private final TransactionTemplate tx;
    private final AttachableMedia media;

    ProfileEditing(Accounts accounts, ProfileEvents events, TransactionTemplate tx, AttachableMedia media) {
        this.accounts = accounts;
        this.events = events;
        this.tx = tx;
        this.media = media;
    }

    Account update(long userId, ProfilePatch patch) {
        if (patch.avatarSet() && patch.avatarMediaId() != null) {
            media.requireOne(userId, patch.avatarMediaId(), MediaUse.PICTURE, "avatarMediaId");
        }
        return tx.execute(status -> {
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
            Account updated = accounts.updateProfile(userId, patch, now)
                    .orElseThrow(() -> new NotFoundException("User not found"));
            events.updated(updated, now);
            return updated;
        });
    }
}
