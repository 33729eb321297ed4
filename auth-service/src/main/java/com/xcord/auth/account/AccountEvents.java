package com.xcord.auth.account;

import com.xcord.events.auth.AuthEvents;
import com.xcord.events.auth.UserEmailChanged;
import com.xcord.events.auth.UserRegistered;
import com.xcord.servicekit.id.Ids;
import com.xcord.servicekit.outbox.Outbox;
import org.springframework.stereotype.Component;

/** Publishes the account facts through the outbox, keyed by user id. */
@Component
class AccountEvents {

    private final Outbox outbox;

    AccountEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    void registered(Account account) {
        String user = Ids.format(account.id());
        outbox.publish(AuthEvents.USER_REGISTERED, user,
                new UserRegistered(user, account.username(), account.displayName(), account.createdAt()));
        // apart from the public profile: only services that write to the user (the email digest) keep it
        outbox.publish(AuthEvents.USER_EMAIL_CHANGED, user, new UserEmailChanged(user, account.email(),
                account.createdAt()));
    }
}
