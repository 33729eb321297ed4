package com.xcord.dm.message;

import com.xcord.dm.support.IntegrationTest;
import com.xcord.events.Topics;
import com.xcord.events.dm.DmEvents;
import com.xcord.events.dm.DmMessageCreatedV2;
import com.xcord.events.dm.DmMessageUpdatedV3;
import com.xcord.events.media.MediaAttachment;
import com.xcord.servicekit.test.Api;
import com.xcord.servicekit.test.EventProbe;
import com.xcord.servicekit.test.TestMedia;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.xcord.servicekit.test.Problems.assertFieldError;
import static com.xcord.servicekit.test.Problems.assertFieldErrors;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * DMs with attachments: the sender's own ready media (as media-service announced it on {@code xcord.media.events})
 * is shown as media objects in REST and in the published events; anything else is a 400 naming the field, and
 * nothing is stored.
 */
class MessageAttachmentsTests extends IntegrationTest {

    private static String messagesOf(long conversationId) {
        return "/api/v1/dm/conversations/" + conversationId + "/messages";
    }

    private long messagesIn(long conversationId) {
        return count("SELECT count(*) FROM message WHERE conversation_id = ?", conversationId);
    }

    @Test
    void ownReadyMediaIsShownAsMediaObjects_inTheResponseTheHistoryAndTheEvents() {
        List<Long> pair = users.registered(2);
        long id = conversations.direct(pair.get(0), pair.get(1));
        MediaAttachment photo = media().readyImage(pair.get(0));
        MediaAttachment pdf = media().ready(TestMedia.file(pair.get(0)), "attachment");

        try (EventProbe events = EventProbe.fromStart(kafka, Topics.DM)) {
            Api.Response sent = api.post(messagesOf(id)).as(pair.get(0))
                    .json(Map.of("clientId", "a-1", "attachments", List.of(photo.id(), pdf.id()))).send().expect(201);
            String messageId = sent.text("id");

            assertMediaObjects(sent.body().path("attachments"), photo, pdf);
            JsonNode listed = api.get(messagesOf(id)).as(pair.get(1)).send().expect(200).body().path("items").get(0);
            assertThat(listed.path("attachments")).isEqualTo(sent.body().path("attachments"));
            // a retry answers the original, attachments included
            assertThat(api.post(messagesOf(id)).as(pair.get(0))
                    .json(Map.of("clientId", "a-1", "attachments", List.of(photo.id(), pdf.id()))).send().expect(200)
                    .body().path("attachments")).isEqualTo(sent.body().path("attachments"));

            DmMessageCreatedV2 created = events.awaitFirst(DmEvents.MESSAGE_CREATED_V2,
                    m -> m.messageId().equals(messageId)).data();
            assertThat(created.attachments()).containsExactly(photo, pdf);

            api.patch("/api/v1/dm/messages/" + messageId).as(pair.get(0)).json(Map.of("content", "look"))
                    .send().expect(200);
            DmMessageUpdatedV3 updated = events.awaitFirst(DmEvents.MESSAGE_UPDATED_V3,
                    m -> m.messageId().equals(messageId)).data();
            assertThat(updated.attachments()).containsExactly(photo, pdf);
        }
    }

    @Test
    void someoneElsesUnknownFailedOrDeletedMediaIs400NamingEachField_andNothingIsStored() {
        List<Long> pair = users.registered(2);
        long id = conversations.direct(pair.get(0), pair.get(1));
        MediaAttachment mine = media().readyImage(pair.get(0));
        MediaAttachment theirs = media().readyImage(pair.get(1));
        String failed = media().failed(pair.get(0));
        MediaAttachment gone = media().readyImage(pair.get(0));
        media().deleted(gone);

        Api.Response refused = api.post(messagesOf(id)).as(pair.get(0)).json(Map.of("content", "x", "clientId", "r-1",
                "attachments", List.of(mine.id(), theirs.id(), TestMedia.unknownId(), failed, gone.id()))).send();

        assertFieldErrors(refused,
                "attachments[1]: must be media you uploaded",
                "attachments[2]: unknown media, or not processed yet",
                "attachments[3]: media processing failed",
                "attachments[4]: unknown media, or not processed yet");
        assertThat(messagesIn(id)).isZero();
    }

    @Test
    void moreThanTenIs400() {
        List<Long> pair = users.registered(2);
        long id = conversations.direct(pair.get(0), pair.get(1));
        List<String> eleven = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            eleven.add(media().readyImage(pair.get(0)).id());
        }

        assertFieldError(api.post(messagesOf(id)).as(pair.get(0))
                .json(Map.of("clientId", "t-1", "attachments", eleven)).send(), "attachments");
        assertThat(messagesIn(id)).isZero();
        api.post(messagesOf(id)).as(pair.get(0)).json(Map.of("clientId", "t-1", "attachments", eleven.subList(0, 10)))
                .send().expect(201);
    }

    /** The REST media object of DESIGN §3, built from what media-service announced. */
    private static void assertMediaObjects(JsonNode attachments, MediaAttachment... expected) {
        assertThat(attachments.size()).isEqualTo(expected.length);
        for (int i = 0; i < expected.length; i++) {
            JsonNode o = attachments.get(i);
            MediaAttachment m = expected[i];
            assertThat(o.path("id").asString()).isEqualTo(m.id());
            assertThat(o.path("ownerId").asString()).isEqualTo(m.ownerId());
            assertThat(o.path("kind").asString()).isEqualTo(m.kind());
            assertThat(o.path("status").asString()).isEqualTo("ready");
            assertThat(o.path("variants").path("original").path("url").asString())
                    .isEqualTo("/api/v1/media/" + m.id() + "/content?variant=original");
        }
    }
}
