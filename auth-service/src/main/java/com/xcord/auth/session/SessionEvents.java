package com.xcord.auth.session;

import com.xcord.events.auth.AuthEvents;
import com.xcord.events.auth.SessionRevoked;
import com.xcord.servicekit.id.Ids;
import com.xcord.servicekit.outbox.Outbox;
import org.springframework.stereotype.Component;

import java.time.Instant;

/** Publishes session revocations through the outbox, keyed by user id. */
@Component
class SessionEvents {

    private final Outbox outbox;

    SessionEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    void revoked(long userId, long sessionId, String reason, Instant at) {
        outbox.publish(AuthEvents.SESSION_REVOKED, Ids.format(userId),
                new SessionRevoked(Ids.format(userId), Ids.format(sessionId), reason, at));
    }
}
