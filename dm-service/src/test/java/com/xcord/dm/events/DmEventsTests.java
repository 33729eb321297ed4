package com.xcord.dm.events;

import com.xcord.dm.support.IntegrationTest;
import com.xcord.events.EventEnvelope;
import com.xcord.events.Topics;
import com.xcord.events.dm.ConversationCreated;
import com.xcord.events.dm.DmEvents;
import com.xcord.events.dm.DmMessageCreatedV2;
import com.xcord.events.dm.DmMessageUpdatedV3;
import com.xcord.events.dm.ParticipantAdded;
import com.xcord.events.dm.ParticipantRemoved;
import com.xcord.events.dm.ReadMarkerMoved;
import com.xcord.servicekit.test.EventProbe;
import com.xcord.servicekit.test.EventProbe.Received;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/** Each state change puts exactly one event of the right type on the topic, in order per conversation. */
class DmEventsTests extends IntegrationTest {

    /** The events that travelled under this Kafka key. */
    private static Predicate<Received> keyed(String key) {
        return r -> key.equals(r.key());
    }

    @Test
    void everyChangeOfAConversationIsOneEventInOrder() {
        List<Long> people = users.registered(4);
        long owner = people.get(0);
        users.readReceipts(people.get(2), false);
        long group = conversations.group(owner, people.get(1), people.get(2));
        long first = conversations.send(people.get(1), group, "hi");
        conversations.sendRaw(people.get(1), group, "hi", "retry-me");
        conversations.sendRaw(people.get(1), group, "hi", "retry-me");
        assertThat(api.patch("/api/v1/dm/messages/" + first).as(people.get(1)).json(Map.of("content", "hello")).send()
                .status()).isEqualTo(200);
        conversations.read(people.get(2), first);
        conversations.read(people.get(2), first);
        assertThat(api.post("/api/v1/dm/conversations/" + group + "/participants").as(owner)
                .json(Map.of("userId", Long.toString(people.get(3)))).send().status()).isEqualTo(204);
        assertThat(api.patch("/api/v1/dm/conversations/" + group).as(owner).json(Map.of("name", "renamed")).send()
                .status()).isEqualTo(204);
        assertThat(api.delete("/api/v1/dm/conversations/" + group + "/participants/" + people.get(1)).as(owner)
                .send().status()).isEqualTo(204);
        assertThat(api.delete("/api/v1/dm/messages/" + first).as(owner).send().status()).isEqualTo(403);
        long last = conversations.send(owner, group, "bye");
        assertThat(api.delete("/api/v1/dm/messages/" + last).as(owner).send().status()).isEqualTo(204);
        // refused changes publish nothing
        assertThat(conversations.sendRaw(Long.MAX_VALUE / 2, group, "x", "y").status()).isEqualTo(404);

        List<String> expected = List.of("dm.conversation.created", "dm.message.created", "dm.message.created",
                "dm.message.updated", "dm.read_marker.moved", "dm.participant.added", "dm.conversation.updated",
                "dm.participant.removed", "dm.message.created", "dm.message.deleted");
        try (EventProbe probe = EventProbe.fromStart(kafka, Topics.DM)) {
            String key = Long.toString(group);
            probe.awaitUntil(keyed(key), seen -> assertThat(seen).hasSizeGreaterThanOrEqualTo(expected.size()));
            List<EventEnvelope<?>> events = probe.settle(Duration.ofSeconds(1), keyed(key)).stream()
                    .map(Received::event).toList();

            assertThat(events).extracting(EventEnvelope::type).containsExactlyElementsOf(expected);
            assertThat(events).allSatisfy(e -> {
                assertThat(e.subject()).isEqualTo(key);
                assertThat(e.source()).isEqualTo("dm-service");
            });
            assertThat(events.stream().map(EventEnvelope::id).distinct()).hasSize(expected.size());

            ConversationCreated created = events.get(0).dataAs(DmEvents.CONVERSATION_CREATED);
            assertThat(created.kind()).isEqualTo("group");
            assertThat(created.participantIds()).containsExactly(Long.toString(owner), Long.toString(people.get(1)),
                    Long.toString(people.get(2)));
            // a message is version 2 (attachments as media objects)
            DmMessageCreatedV2 message = events.get(1).dataAs(DmEvents.MESSAGE_CREATED_V2);
            assertThat(message.messageId()).isEqualTo(Long.toString(first));
            assertThat(message.participantIds()).hasSize(3);
            // an edit is version 3: the whole message, as GET shows it, attachments as media objects
            DmMessageUpdatedV3 updated = events.get(3).dataAs(DmEvents.MESSAGE_UPDATED_V3);
            assertThat(updated.messageId()).isEqualTo(Long.toString(first));
            assertThat(updated.type()).isEqualTo("text");
            assertThat(updated.content()).isEqualTo("hello");
            assertThat(updated.clientId()).isEqualTo(message.clientId());
            assertThat(updated.attachments()).isEmpty();
            assertThat(updated.replyToId()).isNull();
            assertThat(updated.participantIds()).hasSize(3);
            assertThat(updated.createdAt()).isEqualTo(message.createdAt());
            assertThat(updated.editedAt()).isAfterOrEqualTo(updated.createdAt());
            ReadMarkerMoved read = events.get(4).dataAs(DmEvents.READ_MARKER_MOVED);
            assertThat(read.visibleToOthers()).isFalse();
            assertThat(read.lastReadMessageId()).isEqualTo(Long.toString(first));
            ParticipantAdded added = events.get(5).dataAs(DmEvents.PARTICIPANT_ADDED);
            assertThat(added.participantIds()).contains(Long.toString(people.get(3)));
            assertThat(added.systemMessageId()).isNotNull();
            ParticipantRemoved removed = events.get(7).dataAs(DmEvents.PARTICIPANT_REMOVED);
            assertThat(removed.userId()).isEqualTo(Long.toString(people.get(1)));
            assertThat(removed.participantIds()).doesNotContain(Long.toString(people.get(1)));
        }
    }

    @Test
    void theDeduplicated1to1IsCreatedOnce() {
        List<Long> pair = users.registered(2);
        long id = conversations.direct(pair.get(0), pair.get(1));
        assertThat(conversations.direct(pair.get(1), pair.get(0))).isEqualTo(id);
        conversations.send(pair.get(0), id, "x");

        try (EventProbe probe = EventProbe.fromStart(kafka, Topics.DM)) {
            String key = Long.toString(id);
            probe.awaitUntil(keyed(key), seen -> assertThat(seen).hasSizeGreaterThanOrEqualTo(2));
            assertThat(probe.settle(Duration.ofSeconds(1), keyed(key))).extracting(Received::type)
                    .containsExactly("dm.conversation.created", "dm.message.created");
        }
    }
}
