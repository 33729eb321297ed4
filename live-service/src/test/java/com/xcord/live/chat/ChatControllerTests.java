package com.xcord.live.chat;

import com.xcord.events.Topics;
import com.xcord.events.live.LiveChatMessageCreated;
import com.xcord.events.live.LiveChatMessageDeleted;
import com.xcord.events.live.LiveEvents;
import com.xcord.live.support.IntegrationTest;
import com.xcord.servicekit.test.Api;
import com.xcord.servicekit.test.EventProbe;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static com.xcord.servicekit.test.Problems.assertProblem;
import static com.xcord.servicekit.test.Problems.assertFieldError;
import static org.assertj.core.api.Assertions.assertThat;

class ChatControllerTests extends IntegrationTest {

    private Api.Response say(long author, long streamId, String content, String nonce) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("content", content);
        if (nonce != null) {
            body.put("nonce", nonce);
        }
        return api.post("/api/v1/live/streams/" + streamId + "/chat").as(author).json(body).send();
    }

    private String sayOk(long author, long streamId, String content) {
        Api.Response response = say(author, streamId, content, null);
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        return response.text("id");
    }

    private void slowMode(long streamer, long streamId, int seconds) {
        assertThat(api.patch("/api/v1/live/streams/" + streamId).as(streamer)
                .json(Map.of("slowModeSeconds", seconds)).send().status()).isEqualTo(200);
    }

    @Nested
    class Send {

        @Test
        void aViewerWritesAndItIsPublishedForTheSubscribers() {
            long streamId = streams.prepare(newUser());
            long viewer = newUser();
            try (EventProbe probe = EventProbe.fromNow(kafka, Topics.LIVE)) {
                Api.Response sent = say(viewer, streamId, "hello chat", "n-1");

                assertThat(sent.status()).as(sent.raw()).isEqualTo(201);
                assertThat(sent.text("content")).isEqualTo("hello chat");
                assertThat(sent.text("authorId")).isEqualTo(Long.toString(viewer));
                LiveChatMessageCreated created = probe.awaitFirst(LiveEvents.CHAT_MESSAGE_CREATED,
                        m -> m.messageId().equals(sent.text("id"))).data();
                assertThat(created.streamId()).isEqualTo(Long.toString(streamId));
                assertThat(created.nonce()).isEqualTo("n-1");
            }
        }

        @Test
        void theSameNonceReturnsTheOriginalAndCreatesNothing() {
            long streamId = streams.prepare(newUser());
            long viewer = newUser();
            Api.Response first = say(viewer, streamId, "once", "abc");

            Api.Response retry = say(viewer, streamId, "once", "abc");

            assertThat(retry.status()).isEqualTo(200);
            assertThat(retry.text("id")).isEqualTo(first.text("id"));
            assertThat(count("SELECT count(*) FROM chat_message WHERE stream_id = ?", streamId)).isEqualTo(1);
        }

        @Test
        void refusesBadInputAndStoresNothing() {
            long streamId = streams.prepare(newUser());
            long viewer = newUser();
            assertFieldError(say(viewer, streamId, " ", null), "content");
            assertFieldError(say(viewer, streamId, "x".repeat(501), null), "content");
            assertFieldError(say(viewer, streamId, "ok", "with space"), "nonce");
            assertThat(say(viewer, streamId, "x".repeat(500), null).status()).isEqualTo(201);
            assertThat(count("SELECT count(*) FROM chat_message WHERE stream_id = ?", streamId)).isEqualTo(1);
        }

        @Test
        void slowModeHoldsViewersButNotTheStreamer() {
            long streamer = newUser();
            long streamId = streams.prepare(streamer);
            slowMode(streamer, streamId, 30);
            long viewer = newUser();
            sayOk(viewer, streamId, "first");

            Api.Response tooSoon = say(viewer, streamId, "second", null);

            assertProblem(tooSoon, 429);
            assertThat(Integer.parseInt(tooSoon.header("Retry-After"))).isBetween(1, 30);
            sayOk(streamer, streamId, "the streamer is exempt");
            sayOk(streamer, streamId, "twice");
        }

        @Test
        void aBannedViewerIsRefusedUntilUnbanned() {
            long streamer = newUser();
            long streamId = streams.prepare(streamer);
            long troll = newUser();
            assertThat(api.put("/api/v1/live/streams/" + streamId + "/bans/" + troll).as(streamer).send().status())
                    .isEqualTo(204);

            assertProblem(say(troll, streamId, "let me in", null), 403);

            assertThat(api.delete("/api/v1/live/streams/" + streamId + "/bans/" + troll).as(streamer).send().status())
                    .isEqualTo(204);
            sayOk(troll, streamId, "sorry");
        }

        @Test
        void theChatOfAnEndedStreamIsReadOnly() {
            long streamer = newUser();
            long streamId = streams.prepare(streamer);
            sayOk(newUser(), streamId, "before the end");
            api.post("/api/v1/live/streams/" + streamId + "/end").as(streamer).send();

            assertProblem(say(newUser(), streamId, "too late", null), 409);
            assertThat(api.get("/api/v1/live/streams/" + streamId + "/chat").as(newUser()).send()
                    .body().path("items").size()).isEqualTo(1);
        }

        @Test
        void anUnknownStreamOrNoToken() {
            assertProblem(say(newUser(), 99999, "hi", null), 404);
            assertProblem(api.post("/api/v1/live/streams/1/chat").json(Map.of("content", "hi")).send(), 401);
        }
    }

    @Nested
    class History {

        @Test
        void pagesNewestFirst() {
            long streamId = streams.prepare(newUser());
            long viewer = newUser();
            String a = sayOk(viewer, streamId, "a");
            String b = sayOk(viewer, streamId, "b");
            String c = sayOk(viewer, streamId, "c");

            Api.Response page = api.get("/api/v1/live/streams/" + streamId + "/chat?limit=2").as(newUser()).send();

            assertThat(page.body().path("items").findValuesAsString("id")).containsExactly(c, b);
            assertThat(page.text("nextCursor")).isEqualTo(b);
            assertThat(api.get("/api/v1/live/streams/" + streamId + "/chat?before=" + b).as(newUser()).send()
                    .body().path("items").findValuesAsString("id")).containsExactly(a);
        }

        @Test
        void badCursorsUnknownStreamAndNoToken() {
            assertProblem(api.get("/api/v1/live/streams/1/chat?limit=1000").as(newUser()).send(), 400);
            assertProblem(api.get("/api/v1/live/streams/31337/chat").as(newUser()).send(), 404);
            assertProblem(api.get("/api/v1/live/streams/1/chat").send(), 401);
        }
    }

    @Nested
    class Delete {

        @Test
        void aModeratorDeletesAViewersMessage() {
            long streamer = newUser();
            long moderator = newUser();
            long streamId = streams.prepare(streamer);
            assertThat(api.put("/api/v1/live/moderators/" + moderator).as(streamer).send().status()).isEqualTo(204);
            String message = sayOk(newUser(), streamId, "spam");

            try (EventProbe probe = EventProbe.fromNow(kafka, Topics.LIVE)) {
                assertThat(api.delete("/api/v1/live/streams/" + streamId + "/chat/" + message).as(moderator).send()
                        .status()).isEqualTo(204);
                LiveChatMessageDeleted deleted = probe.awaitFirst(LiveEvents.CHAT_MESSAGE_DELETED,
                        d -> d.messageId().equals(message)).data();
                assertThat(deleted.deletedBy()).isEqualTo(Long.toString(moderator));
            }
            assertThat(api.get("/api/v1/live/streams/" + streamId + "/chat").as(streamer).send().body()
                    .path("items").size()).isZero();
        }

        @Test
        void anotherViewerMayNotAndAnUnknownMessageIs404() {
            long streamId = streams.prepare(newUser());
            String message = sayOk(newUser(), streamId, "mine");

            assertProblem(api.delete("/api/v1/live/streams/" + streamId + "/chat/" + message).as(newUser()).send(), 403);
            assertProblem(api.delete("/api/v1/live/streams/" + streamId + "/chat/123").as(newUser()).send(), 404);
            assertProblem(api.delete("/api/v1/live/streams/" + streamId + "/chat/" + message).send(), 401);
        }

        @Test
        void aDismissedModeratorMayNoLonger() {
            long streamer = newUser();
            long moderator = newUser();
            long streamId = streams.prepare(streamer);
            api.put("/api/v1/live/moderators/" + moderator).as(streamer).send();
            assertThat(api.delete("/api/v1/live/moderators/" + moderator).as(streamer).send().status()).isEqualTo(204);
            String message = sayOk(newUser(), streamId, "hi");

            assertProblem(api.delete("/api/v1/live/streams/" + streamId + "/chat/" + message).as(moderator).send(), 403);
            assertProblem(api.put("/api/v1/live/moderators/" + streamer).as(streamer).send(), 400);
            assertProblem(api.put("/api/v1/live/moderators/1").send(), 401);
        }
    }

    @Nested
    class Ban {

        @Test
        void aTimeoutEndsByItself() {
            long streamer = newUser();
            long streamId = streams.prepare(streamer);
            long viewer = newUser();
            assertThat(api.put("/api/v1/live/streams/" + streamId + "/bans/" + viewer).as(streamer)
                    .json(Map.of("durationSeconds", 600)).send().status()).isEqualTo(204);
            assertProblem(say(viewer, streamId, "hi", null), 403);

            db.sql("UPDATE chat_ban SET expires_at = now() - interval '1 second' WHERE user_id = ?").params(viewer)
                    .update();

            sayOk(viewer, streamId, "back");
        }

        @Test
        void holdsInTheStreamersNextStreamToo() {
            long streamer = newUser();
            long streamId = streams.prepare(streamer);
            long troll = newUser();
            api.put("/api/v1/live/streams/" + streamId + "/bans/" + troll).as(streamer).send();
            api.post("/api/v1/live/streams/" + streamId + "/end").as(streamer).send();

            long next = streams.prepare(streamer);

            assertProblem(say(troll, next, "new stream, new me", null), 403);
        }

        @Test
        void onlyTheStreamerOrAModeratorAndNeverTheStreamer() {
            long streamer = newUser();
            long streamId = streams.prepare(streamer);
            String path = "/api/v1/live/streams/" + streamId + "/bans/";
            assertProblem(api.put(path + newUser()).as(newUser()).send(), 403);
            assertProblem(api.delete(path + newUser()).as(newUser()).send(), 403);
            assertFieldError(api.put(path + streamer).as(streamer).send(), "userId");
            assertFieldError(api.put(path + newUser()).as(streamer).json(Map.of("durationSeconds", 0)).send(),
                    "durationSeconds");
            assertProblem(api.put("/api/v1/live/streams/5555/bans/" + newUser()).as(streamer).send(), 404);
            assertProblem(api.put(path + newUser()).send(), 401);
            assertThat(count("SELECT count(*) FROM chat_ban WHERE streamer_id = ?", streamer)).isZero();
        }
    }
}
