package com.xcord.realtime;

import static com.xcord.realtime.support.Events.publish;
import static org.assertj.core.api.Assertions.assertThat;

import com.xcord.events.auth.AuthEvents;
import com.xcord.events.auth.RelationshipChanged;
import com.xcord.events.auth.RelationshipChangedV2;
import com.xcord.events.auth.RelationshipKind;
import com.xcord.events.dm.DmEvents;
import com.xcord.events.dm.DmMessageUpdated;
import com.xcord.events.dm.DmMessageUpdatedV2;
import com.xcord.events.server.MessageUpdated;
import com.xcord.events.server.MessageUpdatedV2;
import com.xcord.events.server.ServerEvents;
import com.xcord.realtime.support.Events;
import com.xcord.realtime.support.World;
import com.xcord.realtime.support.WsClient;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * An event type's version 2 carries what version 1 lacked, and the dispatch shows it; version 1, which the topics
 * may still hold, is still routed, with the REST defaults it always had.
 */
class EventVersionsTests extends RealtimeTestBase {

    private static final Instant CREATED = Instant.parse("2026-01-02T03:04:05.678Z");
    private static final Instant EDITED = Instant.parse("2026-01-02T03:04:06.789Z");

    @Test
    void aChannelMessageEditIsTheWholeMessageFromVersion2() {
        String owner = World.user("owner");
        String server = World.server(owner);
        String channel = World.channel(server, List.of());
        WsClient socket = online(owner);
        String v2 = Long.toString(Events.newId());
        String v1 = Long.toString(Events.newId());
        publish(ServerEvents.MESSAGE_UPDATED_V2, server, new MessageUpdatedV2(server, channel, v2, owner, "edited",
                "n1", List.of(), List.of(), false, List.of("42"), CREATED, EDITED));
        publish(ServerEvents.MESSAGE_UPDATED, server, new MessageUpdated(server, channel, v1, owner, "old",
                List.of(), List.of(), false, EDITED));

        JsonNode whole = socket.awaitDispatch("MESSAGE_UPDATE", d -> text(d, "id").equals(v2)).path("d");
        assertThat(text(whole, "content")).isEqualTo("edited");
        assertThat(text(whole, "nonce")).isEqualTo("n1");
        assertThat(whole.path("attachmentIds").valueStream().map(JsonNode::asString)).containsExactly("42");
        assertThat(text(whole, "createdAt")).isEqualTo(CREATED.toString());
        assertThat(text(whole, "editedAt")).isEqualTo(EDITED.toString());
        JsonNode old = socket.awaitDispatch("MESSAGE_UPDATE", d -> text(d, "id").equals(v1)).path("d");
        assertThat(text(old, "content")).isEqualTo("old");
        assertThat(old.path("nonce").isNull()).isTrue();
        assertThat(old.path("attachmentIds").isEmpty()).isTrue();
        assertThat(old.path("createdAt").isNull()).isTrue();
    }

    @Test
    void aDmEditIsTheWholeMessageFromVersion2() {
        String a = World.user("a");
        String b = World.user("b");
        WsClient sb = online(b);
        String conversation = World.conversation(a, b);
        String v2 = Long.toString(Events.newId());
        String v1 = Long.toString(Events.newId());
        String reply = Long.toString(Events.newId());
        publish(DmEvents.MESSAGE_UPDATED_V2, conversation, new DmMessageUpdatedV2(v2, conversation, a, "text",
                "edited", List.of("42"), reply, null, "c-1", List.of(a, b), CREATED, EDITED));
        publish(DmEvents.MESSAGE_UPDATED, conversation, new DmMessageUpdated(v1, conversation, a, "old", List.of(a, b),
                EDITED));

        JsonNode whole = sb.awaitDispatch("DM_MESSAGE_UPDATE", d -> text(d, "id").equals(v2)).path("d");
        assertThat(text(whole, "type")).isEqualTo("text");
        assertThat(text(whole, "content")).isEqualTo("edited");
        assertThat(whole.path("attachmentIds").valueStream().map(JsonNode::asString)).containsExactly("42");
        assertThat(text(whole, "replyToId")).isEqualTo(reply);
        assertThat(text(whole, "clientId")).isEqualTo("c-1");
        assertThat(text(whole, "createdAt")).isEqualTo(CREATED.toString());
        assertThat(text(whole, "editedAt")).isEqualTo(EDITED.toString());
        JsonNode old = sb.awaitDispatch("DM_MESSAGE_UPDATE", d -> text(d, "id").equals(v1)).path("d");
        assertThat(text(old, "content")).isEqualTo("old");
        assertThat(old.path("attachmentIds").isEmpty()).isTrue();
        assertThat(old.path("clientId").isNull()).isTrue();
        assertThat(old.path("createdAt").isNull()).isTrue();
    }

    @Test
    void eachSideOfARelationshipGetsTheIdItListsFromVersion2() {
        String a = World.user("a");
        String b = World.user("b");
        String c = World.user("c");
        WsClient sa = online(a);
        WsClient sb = online(b);
        WsClient sc = online(c);
        // a friendship is two rows, one listed to each friend
        publish(AuthEvents.RELATIONSHIP_CHANGED_V2, a, new RelationshipChangedV2("501", "502", a, b,
                RelationshipKind.FRIEND, true, CREATED));
        // a follow is one row both list
        publish(AuthEvents.RELATIONSHIP_CHANGED_V2, c, new RelationshipChangedV2("503", null, c, a,
                RelationshipKind.FOLLOW, true, CREATED));
        publish(AuthEvents.RELATIONSHIP_CHANGED, b, new RelationshipChanged(b, c, RelationshipKind.FOLLOW, true,
                CREATED));

        assertThat(text(sa.awaitDispatch("RELATIONSHIP_ADD", d -> text(d, "type").equals("friend")).path("d"), "id"))
                .isEqualTo("501");
        assertThat(text(sb.awaitDispatch("RELATIONSHIP_ADD", d -> text(d, "type").equals("friend")).path("d"), "id"))
                .isEqualTo("502");
        assertThat(text(sc.awaitDispatch("RELATIONSHIP_ADD", d -> text(d, "type").equals("following")
                && text(d, "userId").equals(a)).path("d"), "id")).isEqualTo("503");
        assertThat(text(sa.awaitDispatch("RELATIONSHIP_ADD", d -> text(d, "type").equals("follower")).path("d"), "id"))
                .isEqualTo("503");
        // version 1 has no ids
        assertThat(sc.awaitDispatch("RELATIONSHIP_ADD", d -> text(d, "type").equals("follower")).path("d")
                .path("id").isNull()).isTrue();
    }
}
