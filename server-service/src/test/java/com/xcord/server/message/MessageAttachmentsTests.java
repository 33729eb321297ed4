package com.xcord.server.message;

import com.xcord.events.Topics;
import com.xcord.events.media.MediaAttachment;
import com.xcord.events.server.MessageCreatedV2;
import com.xcord.events.server.MessageUpdatedV3;
import com.xcord.events.server.ServerEvents;
import com.xcord.server.support.IntegrationTest;
import com.xcord.server.support.TestServer;
import com.xcord.server.support.TestUser;
import com.xcord.servicekit.test.Api;
import com.xcord.servicekit.test.EventProbe;
import com.xcord.servicekit.test.TestMedia;
import com.xcord.testkit.TestInfrastructure;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

import static com.xcord.servicekit.test.Problems.assertFieldError;
import static com.xcord.servicekit.test.Problems.assertFieldErrors;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Channel messages with attachments: the author's own ready media (as media-service announced it on
 * {@code xcord.media.events}) is shown as media objects in REST and in the published events; anything else is a
 * 400 naming the field, and nothing is stored or published.
 */
class MessageAttachmentsTests extends IntegrationTest {

    private static String bootstrap() {
        return TestInfrastructure.shared().kafka().bootstrapServers();
    }

    private long messages(TestServer server) {
        return count("SELECT count(*) FROM messages WHERE channel_id = ?", Long.parseLong(server.generalChannelId()));
    }

    @Test
    void ownReadyMediaIsShownAsMediaObjects_inTheResponseTheHistoryAndTheEvents() {
        TestServer server = fixtures.server();
        TestUser bob = fixtures.member(server, "bob");
        MediaAttachment photo = media().readyImage(bob.id());
        MediaAttachment pdf = media().ready(TestMedia.file(bob.id()), "attachment");

        try (EventProbe events = EventProbe.fromStart(bootstrap(), Topics.SERVER)) {
            // attachments alone: no text needed
            Api.Response sent = api.post(server.messagesPath()).as(bob)
                    .json(body("attachments", List.of(photo.id(), pdf.id()))).send().expect(201);
            String id = sent.text("id");

            assertThat(sent.text("content")).isEmpty();
            assertMediaObjects(sent.body().path("attachments"), photo, pdf);
            JsonNode listed = api.get(server.messagesPath()).as(bob).send().expect(200).body().path("items").get(0);
            assertThat(listed.path("attachments")).isEqualTo(sent.body().path("attachments"));

            MessageCreatedV2 created = events.awaitFirst(ServerEvents.MESSAGE_CREATED_V2,
                    m -> m.messageId().equals(id)).data();
            assertThat(created.attachments()).containsExactly(photo, pdf);

            Api.Response edited = api.patch(server.messagesPath() + "/" + id).as(bob).json(body("content", "look"))
                    .send().expect(200);
            assertThat(edited.body().path("attachments")).isEqualTo(sent.body().path("attachments"));
            MessageUpdatedV3 updated = events.awaitFirst(ServerEvents.MESSAGE_UPDATED_V3,
                    m -> m.messageId().equals(id)).data();
            assertThat(updated.attachments()).containsExactly(photo, pdf);
        }
    }

    @Test
    void someoneElsesUnknownFailedOrDeletedMediaIs400NamingEachField_andNothingIsStored() {
        TestServer server = fixtures.server();
        TestUser bob = fixtures.member(server, "bob");
        MediaAttachment mine = media().readyImage(bob.id());
        MediaAttachment carols = media().readyImage(TestUser.named("carol").id());
        String failed = media().failed(bob.id());
        MediaAttachment gone = media().readyImage(bob.id());
        media().deleted(gone);

        Api.Response refused = api.post(server.messagesPath()).as(bob).json(body("content", "x", "attachments",
                List.of(mine.id(), carols.id(), TestMedia.unknownId(), failed, gone.id()))).send();

        assertFieldErrors(refused,
                "attachments[1]: must be media you uploaded",
                "attachments[2]: unknown media, or not processed yet",
                "attachments[3]: media processing failed",
                "attachments[4]: unknown media, or not processed yet");
        assertThat(messages(server)).isZero();
    }

    @Test
    void moreThanTenIs400_andEmptyContentNeedsAttachments() {
        TestServer server = fixtures.server();
        TestUser bob = fixtures.member(server, "bob");
        List<String> eleven = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            eleven.add(media().readyImage(bob.id()).id());
        }

        assertFieldError(api.post(server.messagesPath()).as(bob).json(body("attachments", eleven)).send(),
                "attachments");
        assertFieldError(api.post(server.messagesPath()).as(bob).json(body("content", "", "attachments", List.of()))
                .send(), "content");
        assertThat(messages(server)).isZero();
        api.post(server.messagesPath()).as(bob).json(body("attachments", eleven.subList(0, 10))).send().expect(201);
    }

    /** The REST media object of DESIGN §3, built from what media-service announced. */
    static void assertMediaObjects(JsonNode attachments, MediaAttachment... expected) {
        assertThat(attachments.size()).isEqualTo(expected.length);
        for (int i = 0; i < expected.length; i++) {
            JsonNode o = attachments.get(i);
            MediaAttachment m = expected[i];
            assertThat(o.path("id").asString()).isEqualTo(m.id());
            assertThat(o.path("ownerId").asString()).isEqualTo(m.ownerId());
            assertThat(o.path("kind").asString()).isEqualTo(m.kind());
            assertThat(o.path("contentType").asString()).isEqualTo(m.contentType());
            assertThat(o.path("filename").asString()).isEqualTo(m.filename());
            assertThat(o.path("size").asLong()).isEqualTo(m.size());
            assertThat(o.path("status").asString()).isEqualTo("ready");
            assertThat(o.has("blurhash")).isEqualTo(m.blurhash() != null);
            assertThat(o.path("variants").path("original").path("url").asString())
                    .isEqualTo("/api/v1/media/" + m.id() + "/content?variant=original");
        }
    }
}
