package com.xcord.realtime;

import static com.xcord.realtime.support.Events.publish;
import static org.assertj.core.api.Assertions.assertThat;

import com.xcord.events.dm.DmEvents;
import com.xcord.events.dm.DmMessageCreatedV2;
import com.xcord.events.dm.DmMessageUpdatedV3;
import com.xcord.events.feed.FeedEvents;
import com.xcord.events.feed.PostCreatedV2;
import com.xcord.events.media.MediaAttachment;
import com.xcord.events.media.MediaVariant;
import com.xcord.events.server.MessageCreatedV2;
import com.xcord.events.server.MessageUpdatedV3;
import com.xcord.events.server.ServerEvents;
import com.xcord.realtime.support.Events;
import com.xcord.realtime.support.World;
import com.xcord.realtime.support.WsClient;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The message versions that carry media objects (message.created v2, message.updated v3, dm.message.created v2,
 * dm.message.updated v3, post.created v2) show them in the DISPATCH as REST does: {@code attachments} of media objects with stable
 * {@code /api/v1/media/{id}/content?variant=} urls, {@code attachmentIds} their ids; version 1 still shows none.
 */
class AttachmentDispatchTests extends RealtimeTestBase {

    private static MediaAttachment photo(String ownerId) {
        String id = Long.toString(Events.newId());
        return new MediaAttachment(id, ownerId, "image", "image/jpeg", 1000, "p.jpg", 800, 600, null, "LKO2?U%2Tw=w",
                null, List.of(new MediaVariant("original", "image/jpeg", 800, 600),
                        new MediaVariant("small", "image/jpeg", 480, 360)));
    }

    private static MediaAttachment file(String ownerId) {
        String id = Long.toString(Events.newId());
        return new MediaAttachment(id, ownerId, "file", "application/pdf", 10, "a.pdf", null, null, null, null, null,
                List.of(new MediaVariant("original", "application/pdf", null, null)));
    }

    @Test
    void channelMessagesShowTheirMediaObjects() {
        String owner = World.user("owner");
        String server = World.server(owner);
        String channel = World.channel(server, List.of());
        WsClient socket = online(owner);
        MediaAttachment photo = photo(owner);
        MediaAttachment pdf = file(owner);
        String id = Long.toString(Events.newId());
        Instant at = Instant.now();

        publish(ServerEvents.MESSAGE_CREATED_V2, server, new MessageCreatedV2(server, channel, id, owner, "", List.of(),
                List.of(), false, List.of(photo, pdf), null, at));
        publish(ServerEvents.MESSAGE_UPDATED_V3, server, new MessageUpdatedV3(server, channel, id, owner, "edited",
                null, List.of(), List.of(), false, List.of(photo), at, Instant.now()));

        JsonNode created = socket.awaitDispatch("MESSAGE_CREATE", d -> text(d, "id").equals(id)).path("d");
        assertMediaObject(created.path("attachments").path(0), photo);
        assertMediaObject(created.path("attachments").path(1), pdf);
        assertThat(created.path("attachmentIds").valueStream().map(JsonNode::asString)).containsExactly(photo.id(),
                pdf.id());
        JsonNode updated = socket.awaitDispatch("MESSAGE_UPDATE", d -> text(d, "id").equals(id)).path("d");
        assertThat(updated.path("attachments").size()).isEqualTo(1);
        assertMediaObject(updated.path("attachments").path(0), photo);
    }

    @Test
    void dmsShowTheirMediaObjects_andVersionOneNone() {
        String a = World.user("a");
        String b = World.user("b");
        String conversation = World.conversation(a, b);
        WsClient sb = online(b);
        MediaAttachment photo = photo(a);
        String id = Long.toString(Events.newId());
        Instant at = Instant.now();

        String old = World.dm(conversation, a, "version 1", a, b);
        publish(DmEvents.MESSAGE_CREATED_V2, conversation, new DmMessageCreatedV2(id, conversation, a, "c-1", null,
                List.of(photo), null, List.of(a, b), at));
        publish(DmEvents.MESSAGE_UPDATED_V3, conversation, new DmMessageUpdatedV3(id, conversation, a, "text", "hi",
                List.of(photo), null, null, "c-1", List.of(a, b), at, Instant.now()));

        assertThat(sb.awaitDispatch("DM_MESSAGE_CREATE", d -> text(d, "id").equals(old)).path("d")
                .path("attachments").isEmpty()).isTrue();
        JsonNode created = sb.awaitDispatch("DM_MESSAGE_CREATE", d -> text(d, "id").equals(id)).path("d");
        assertMediaObject(created.path("attachments").path(0), photo);
        JsonNode updated = sb.awaitDispatch("DM_MESSAGE_UPDATE", d -> text(d, "id").equals(id)).path("d");
        assertMediaObject(updated.path("attachments").path(0), photo);
        assertThat(text(updated, "content")).isEqualTo("hi");
    }

    @Test
    void postsShowTheirMediaObjects() {
        String author = World.user("author");
        WsClient socket = online(author);
        MediaAttachment photo = photo(author);
        String id = Long.toString(Events.newId());

        publish(FeedEvents.POST_CREATED_V2, id, new PostCreatedV2(id, author, "look", List.of(photo), null, null, null,
                null, null, "public", List.of(), List.of(), Instant.now()));

        JsonNode post = socket.awaitDispatch("POST_CREATE", d -> text(d, "id").equals(id)).path("d");
        assertMediaObject(post.path("media").path(0), photo);
        assertThat(post.path("mediaIds").valueStream().map(JsonNode::asString)).containsExactly(photo.id());
    }

    static void assertMediaObject(JsonNode o, MediaAttachment m) {
        assertThat(text(o, "id")).isEqualTo(m.id());
        assertThat(text(o, "ownerId")).isEqualTo(m.ownerId());
        assertThat(text(o, "kind")).isEqualTo(m.kind());
        assertThat(text(o, "contentType")).isEqualTo(m.contentType());
        assertThat(o.path("size").asLong()).isEqualTo(m.size());
        assertThat(text(o, "status")).isEqualTo("ready");
        assertThat(o.has("width")).isEqualTo(m.width() != null);
        assertThat(o.has("blurhash")).isEqualTo(m.blurhash() != null);
        for (MediaVariant v : m.variants()) {
            assertThat(text(o.path("variants").path(v.name()), "url"))
                    .isEqualTo("/api/v1/media/" + m.id() + "/content?variant=" + v.name());
        }
        assertThat(o.path("variants").size()).isEqualTo(m.variants().size());
    }
}
