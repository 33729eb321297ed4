package com.xcord.server.user;

import org.springframework.stereotype.Component;

/**
 * Whether a user exists, as far as auth-service's events have told this service (the
 * projection lags a registration by the time the event takes to arrive): the one way other
 * features read the user feature's table.
 */
@Component
public class UserLookup {

    private final KnownUsers users;

    UserLookup(KnownUsers users) {
        this.users = users;
    }

    public boolean isKnown(long userId) {
        return users.contains(userId);
    }
}
