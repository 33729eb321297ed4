package com.xcord.server.user;

import com.xcord.events.auth.AuthEvents;
import com.xcord.servicekit.consumer.IdempotentConsumer;
import com.xcord.servicekit.id.Ids;
import com.xcord.servicekit.projection.EventProjection;
import org.springframework.stereotype.Component;

/**
 * Learns from auth-service's events which users exist. A profile update counts as much as the
 * registration: it may be all the topic still holds of an old account, and it may arrive
 * first (either way the user exists).
 */
@Component
class AuthUsersProjection extends EventProjection {

    static final String CONSUMER = "server.user-projection";

    AuthUsersProjection(IdempotentConsumer once, KnownUsers users) {
        super(CONSUMER, once);
        on(AuthEvents.USER_REGISTERED, user -> users.add(Ids.parse(user.userId())));
        on(AuthEvents.USER_UPDATED, user -> users.add(Ids.parse(user.userId())));
    }
}
