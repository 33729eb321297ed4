package com.xcord.auth.profile;

import com.xcord.auth.account.Account;
import com.xcord.events.auth.AuthEvents;
import com.xcord.events.auth.UserUpdated;
import com.xcord.servicekit.id.Ids;
import com.xcord.servicekit.outbox.Outbox;
import org.springframework.stereotype.Component;

import java.time.Instant;

/** Publishes profile changes through the outbox, keyed by user id: always the whole public profile. */
@Component
class ProfileEvents {

    private final Outbox outbox;

    ProfileEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    void updated(Account account, Instant at) {
        String user = Ids.format(account.id());
        outbox.publish(AuthEvents.USER_UPDATED, user, new UserUpdated(user, account.username(),
                account.displayName(), account.bio(), Ids.formatNullable(account.avatarMediaId()), account.status(),
                account.readReceiptsEnabled(), at));
    }
}
