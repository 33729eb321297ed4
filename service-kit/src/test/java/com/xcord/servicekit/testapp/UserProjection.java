package com.xcord.servicekit.testapp;

import com.xcord.events.auth.AuthEvents;
import com.xcord.servicekit.consumer.IdempotentConsumer;
import com.xcord.servicekit.projection.EventProjection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** A projection as a service writes one: its name and its handlers. Users named {@code bot_*} are not wanted. */
@Component
public class UserProjection extends EventProjection {

    public static final String CONSUMER = "user-projection";

    UserProjection(IdempotentConsumer once, JdbcTemplate jdbc) {
        super(CONSUMER, once);
        on(AuthEvents.USER_REGISTERED, user -> !user.username().startsWith("bot_"),
                user -> jdbc.update("INSERT INTO widget_seen (consumer, event_id, subject) VALUES (?, ?, ?)",
                        CONSUMER, "registered", user.userId()));
        on(AuthEvents.USER_UPDATED, user -> jdbc.update(
                "INSERT INTO widget_seen (consumer, event_id, subject) VALUES (?, ?, ?)",
                CONSUMER, "updated", user.userId()));
    }
}
