package com.xcord.server.user;

import com.xcord.events.EventEnvelope;
import com.xcord.events.auth.AuthEvents;
import com.xcord.events.auth.UserRegistered;
import com.xcord.events.auth.UserUpdated;
import com.xcord.server.support.IntegrationTest;
import com.xcord.server.support.TestUser;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The projection of auth-service's users: who exists, learnt once per event, whatever arrives twice or first. */
class AuthUsersProjectionTests extends IntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void aRedeliveredRegistrationIsAppliedOnce_andChangesNothing() {
        TestUser user = TestUser.named("twice");
        EventEnvelope<UserRegistered> registered = users.publish(AuthEvents.USER_REGISTERED, user.id(),
                new UserRegistered(user.idString(), "twice" + user.id(), null, Instant.now()));
        users.publish(registered);
        // same key, same partition: once the update behind them is applied, both copies were handled
        EventEnvelope<UserUpdated> marker = users.publish(AuthEvents.USER_UPDATED, user.id(), updated(user));

        await().atMost(WAIT).until(() -> processed(marker.id()) == 1);
        assertThat(processed(registered.id())).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM known_users WHERE id = ?", user.id())).isEqualTo(1);
    }

    @Test
    void aProfileUpdateAloneMakesTheUserKnown() {
        TestUser user = TestUser.named("old-account");
        users.publish(AuthEvents.USER_UPDATED, user.id(), updated(user));

        await().atMost(WAIT).until(() -> users.isKnown(user.id()));
    }

    private static UserUpdated updated(TestUser user) {
        return new UserUpdated(user.idString(), user.name() + user.id(), null, null, null, null, true, Instant.now());
    }

    private long processed(String eventId) {
        return count("SELECT count(*) FROM processed_event WHERE consumer = ? AND event_id = ?",
                AuthUsersProjection.CONSUMER, eventId);
    }
}
