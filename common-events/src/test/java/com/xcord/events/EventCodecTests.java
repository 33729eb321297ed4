package com.xcord.events;

import com.xcord.events.auth.AuthEvents;
import com.xcord.events.auth.UserRegistered;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventCodecTests {

    private static final Instant AT = Instant.parse("2026-01-02T03:04:05.678Z");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final EventCodec codec = new EventCodec();

    /** The AsyncAPI document, whose example of each event's message is that type's sample. */
    private static final AsyncApiDocument DOCUMENT = AsyncApiDocument.load();

    static Stream<EventType<?>> allTypes() {
        return EventTypes.ALL.stream();
    }

    /**
     * One sample per registered type: the example of its message in the AsyncAPI document (so the
     * documented examples are real envelopes); the test fails when a type has none.
     */
    @ParameterizedTest
    @MethodSource("allTypes")
    void everyPayloadSurvivesARoundTrip(EventType<?> type) {
        JsonNode example = DOCUMENT.message(EventTypes.key(type)).path("examples").path(0).path("payload");
        assertThat(example.isObject()).as("a sample payload for %s", type.name()).isTrue();
        EventEnvelope<?> envelope = codec.decode(example.toString());
        assertThat(envelope.data()).as("the sample of %s decodes to its record", type.name())
                .isInstanceOf(type.payloadType());

        EventEnvelope<?> decoded = codec.decode(codec.encode(envelope));

        assertThat(decoded).isEqualTo(envelope);
        assertThat(decoded.is(type)).isTrue();
        // the example is exactly what the codec writes: every field, nulls included
        assertThat(JSON.readTree(codec.encode(envelope))).isEqualTo(example);
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
