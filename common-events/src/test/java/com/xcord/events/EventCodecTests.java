package com.xcord.events;

import com.xcord.events.auth.AuthEvents;
import com.xcord.events.auth.RelationshipChanged;
import com.xcord.events.auth.RelationshipKind;
import com.xcord.events.auth.SessionRevoked;
import com.xcord.events.auth.UserRegistered;
import com.xcord.events.auth.UserUpdated;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventCodecTests {

    private static final Instant AT = Instant.parse("2026-01-02T03:04:05.678Z");

    private final EventCodec codec = new EventCodec();

    /** One sample payload per registered type; the test below fails when a type has none. */
    static final Map<EventType<?>, Object> SAMPLES = Map.of(
            AuthEvents.USER_REGISTERED, new UserRegistered("1", "alice", "Alice", AT),
            AuthEvents.USER_UPDATED, new UserUpdated("1", "alice", "Alice A.", "bio", "42", "online", true, AT),
            AuthEvents.RELATIONSHIP_CHANGED,
            new RelationshipChanged("1", "2", RelationshipKind.FRIEND_REQUEST, true, AT),
            AuthEvents.SESSION_REVOKED, new SessionRevoked("1", null, "logout-all", AT));

    static Stream<EventType<?>> allTypes() {
        return EventTypes.ALL.stream();
    }

    @ParameterizedTest
    @MethodSource("allTypes")
    void everyPayloadSurvivesARoundTrip(EventType<?> type) {
        Object payload = SAMPLES.get(type);
        assertThat(payload).as("a sample payload for %s", type.name()).isNotNull();
        EventEnvelope<?> envelope = new EventEnvelope<>("ev-1", type.name(), "auth-service", AT, "1",
                type.version(), payload);

        EventEnvelope<?> decoded = codec.decode(codec.encode(envelope));

        assertThat(decoded).isEqualTo(envelope);
        assertThat(decoded.is(type)).isTrue();
    }

    @Test
    void envelopeUsesCloudEventsAttributeNamesAndIsoTime() {
        var envelope = EventEnvelope.of("ev-1", AuthEvents.USER_REGISTERED, "auth-service", AT, "1",
                new UserRegistered("1", "alice", "Alice", AT));

        String json = codec.encode(envelope);

        assertThat(json).contains("\"id\":\"ev-1\"", "\"type\":\"user.registered\"", "\"source\":\"auth-service\"",
                "\"time\":\"2026-01-02T03:04:05.678Z\"", "\"subject\":\"1\"", "\"version\":1", "\"userId\":\"1\"");
    }

    @Test
    void unknownTypeKeepsItsPayloadAsJson() {
        String json = "{\"id\":\"e\",\"type\":\"future.thing\",\"source\":\"x\",\"time\":\"2026-01-01T00:00:00Z\","
                + "\"subject\":\"9\",\"version\":3,\"data\":{\"a\":1}}";

        EventEnvelope<?> decoded = codec.decode(json);

        assertThat(decoded.type()).isEqualTo("future.thing");
        assertThat(decoded.data().toString()).contains("\"a\":1");
    }

    @Test
    void typedDecodeRefusesAnotherType() {
        String json = codec.encode(EventEnvelope.of("e", AuthEvents.USER_REGISTERED, "auth-service", AT, "1",
                new UserRegistered("1", "alice", "Alice", AT)));

        assertThatThrownBy(() -> codec.decode(json, AuthEvents.USER_UPDATED)).isInstanceOf(IllegalStateException.class);
        assertThat(codec.decode(json, AuthEvents.USER_REGISTERED).data().username()).isEqualTo("alice");
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"", "not json", "{}", "{\"id\":\"e\"}",
            "{\"id\":\"e\",\"type\":\"user.registered\",\"source\":\"x\",\"time\":\"yesterday\",\"subject\":\"1\",\"version\":1}"})
    void garbageIsACodecError(String json) {
        assertThatThrownBy(() -> codec.decode(json)).isInstanceOf(EventCodec.EventCodecException.class);
    }

    @Test
    void deadLetterTopicIsTheTopicWithDlt() {
        assertThat(Topics.deadLetter(Topics.DM)).isEqualTo("xcord.dm.events.dlt");
    }
}
