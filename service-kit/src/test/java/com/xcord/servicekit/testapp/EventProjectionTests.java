package com.xcord.servicekit.testapp;

import com.xcord.events.EventEnvelope;
import com.xcord.events.Topics;
import com.xcord.events.auth.AuthEvents;
import com.xcord.events.auth.SessionRevoked;
import com.xcord.events.auth.UserRegistered;
import com.xcord.events.auth.UserUpdated;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The shared projection skeleton, through Kafka: listener on the handled types' topic, once per event, by type. */
class EventProjectionTests extends IntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    UserProjection projection;




    @Test
    void listensToTheTopicOfTheTypesItHandles() {
        assertThat(projection.topics()).containsExactly(Topics.AUTH);
        assertThat(projection.consumer()).isEqualTo(UserProjection.CONSUMER);
    }

    @Test
    void eachTypeGoesToItsHandlerOnceEvenWhenRedelivered() {
        String user = Long.toString(newUserId());
        EventEnvelope<UserRegistered> registered = publishAuthEvent(AuthEvents.USER_REGISTERED, user,
                new UserRegistered(user, "u" + user, "U", Instant.now()));
        publishAuthEvent(registered);
        publishAuthEvent(AuthEvents.USER_UPDATED, user, new UserUpdated(user, "u" + user, "U", null, null, null, true,
                Instant.now()));

        await().atMost(WAIT).until(() -> applied(user).contains("updated"));
        assertThat(applied(user)).containsExactly("registered", "updated");
        assertThat(recorded(registered.id())).isEqualTo(1);
    }

    @Test
    void typesWithoutAHandlerAndUnwantedEventsAreSkippedWithoutATrace() {
        String user = Long.toString(newUserId());
        EventEnvelope<SessionRevoked> revoked = publishAuthEvent(AuthEvents.SESSION_REVOKED, user,
                new SessionRevoked(user, null, "logout-all", Instant.now()));
        EventEnvelope<UserRegistered> bot = publishAuthEvent(AuthEvents.USER_REGISTERED, user,
                new UserRegistered(user, "bot_" + user, "Bot", Instant.now()));
        publishAuthEvent(AuthEvents.USER_UPDATED, user, new UserUpdated(user, "bot_" + user, "Bot", null, null, null, true,
                Instant.now()));

        // one key, one partition: once the update is applied, the two before it were handled
        await().atMost(WAIT).until(() -> applied(user).contains("updated"));
        assertThat(applied(user)).containsExactly("updated");
        assertThat(recorded(revoked.id())).isZero();
        assertThat(recorded(bot.id())).isZero();
    }


    private List<String> applied(String user) {
        return jdbc.queryForList("SELECT event_id FROM widget_seen WHERE consumer = ? AND subject = ? ORDER BY arrival",
                String.class, UserProjection.CONSUMER, user);
    }

    private int recorded(String eventId) {
        return jdbc.queryForObject("SELECT count(*) FROM processed_event WHERE consumer = ? AND event_id = ?",
                Integer.class, UserProjection.CONSUMER, eventId);
    }
}
