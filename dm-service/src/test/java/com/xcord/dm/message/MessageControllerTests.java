package com.xcord.dm.message;

import com.xcord.servicekit.test.Api;
import com.xcord.dm.support.IntegrationTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.xcord.servicekit.test.Problems.assertFieldError;
import static com.xcord.servicekit.test.Problems.assertFieldErrors;
import static com.xcord.servicekit.test.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

class MessageControllerTests extends IntegrationTest {

    private static String messagesOf(long conversationId) {
        return "/api/v1/dm/conversations/" + conversationId + "/messages";
    }

    private long messagesIn(long conversationId) {
        return count("SELECT count(*) FROM message WHERE conversation_id = ?", conversationId);
    }

    private static List<String> contents(Api.Response page) {
        return page.body().path("items").valueStream().map(i -> i.path("content").asString()).toList();
    }

    @Nested
    class Send {

        @Test
        void postsAMessage() {
            List<Long> pair = users.registered(2);
            long id = conversations.direct(pair.get(0), pair.get(1));
            String photo = media().readyImage(pair.get(0)).id();

            Api.Response response = api.post(messagesOf(id)).as(pair.get(0))
                    .json(Map.of("content", "hello", "clientId", "c-1", "attachments", List.of(photo))).send();

            assertThat(response.status()).as(response.raw()).isEqualTo(201);
            assertThat(response.text("content")).isEqualTo("hello");
            assertThat(response.text("senderId")).isEqualTo(Long.toString(pair.get(0)));
            assertThat(response.text("conversationId")).isEqualTo(Long.toString(id));
            assertThat(response.text("type")).isEqualTo("text");
            assertThat(response.body().path("attachmentIds").get(0).asString()).isEqualTo(photo);
            assertThat(response.text("createdAt")).isNotBlank();
            assertThat(conversations.unreadCount(pair.get(1), id)).isEqualTo(1);
            assertThat(conversations.unreadCount(pair.get(0), id)).isZero();
        }

        @Test
        void attachmentsAloneAreAMessage() {
            List<Long> pair = users.registered(2);
            long id = conversations.direct(pair.get(0), pair.get(1));

            List<String> media = List.of(media().readyImage(pair.get(0)).id(), media().readyImage(pair.get(0)).id());

            Api.Response response = api.post(messagesOf(id)).as(pair.get(0))
                    .json(Map.of("clientId", "c-1", "attachments", media)).send();

            assertThat(response.status()).as(response.raw()).isEqualTo(201);
            assertThat(response.body().path("content").isNull()).isTrue();
        }

        @Test
        void resendingTheClientIdReturnsTheOriginal() {
            List<Long> pair = users.registered(2);
            long id = conversations.direct(pair.get(0), pair.get(1));

            Api.Response first = conversations.sendRaw(pair.get(0), id, "once", "same-client-id");
            Api.Response again = conversations.sendRaw(pair.get(0), id, "once", "same-client-id");

            assertThat(first.status()).isEqualTo(201);
            assertThat(again.status()).isEqualTo(200);
            assertThat(again.text("id")).isEqualTo(first.text("id"));
            assertThat(messagesIn(id)).isEqualTo(1);
            assertThat(conversations.unreadCount(pair.get(1), id)).isEqualTo(1);
        }

        @Test
        void theSameClientIdFiredConcurrentlyMakesOneMessage() throws Exception {
            List<Long> pair = users.registered(2);
            long id = conversations.direct(pair.get(0), pair.get(1));
            List<Callable<Api.Response>> calls = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                calls.add(() -> conversations.sendRaw(pair.get(0), id, "racing", "raced-client-id"));
            }
            ExecutorService pool = Executors.newFixedThreadPool(12);
            Map<Integer, Integer> statuses = new HashMap<>();
            List<String> ids = new ArrayList<>();
            try {
                for (Future<Api.Response> f : pool.invokeAll(calls)) {
                    statuses.merge(f.get().status(), 1, Integer::sum);
                    ids.add(f.get().text("id"));
                }
            } finally {
                pool.shutdown();
            }

            assertThat(statuses).containsEntry(201, 1).containsEntry(200, 11);
            assertThat(ids).containsOnly(ids.get(0));
            assertThat(messagesIn(id)).isEqualTo(1);
            assertThat(conversations.unreadCount(pair.get(1), id)).isEqualTo(1);
        }

        @Test
        void aClientIdNamesOneMessageAcrossConversations() {
            List<Long> three = users.registered(3);
            long one = conversations.direct(three.get(0), three.get(1));
            long two = conversations.direct(three.get(0), three.get(2));
            conversations.sendRaw(three.get(0), one, "x", "reused");

            assertProblem(conversations.sendRaw(three.get(0), two, "x", "reused"), 409);
            assertThat(messagesIn(two)).isZero();
        }

        @Test
        void repliesToAMessageOfTheSameConversation() {
            List<Long> three = users.registered(3);
            long id = conversations.direct(three.get(0), three.get(1));
            long other = conversations.direct(three.get(0), three.get(2));
            long original = conversations.send(three.get(1), id, "question");
            long elsewhere = conversations.send(three.get(2), other, "elsewhere");

            Api.Response reply = api.post(messagesOf(id)).as(three.get(0))
                    .json(Map.of("content", "answer", "clientId", "r-1", "replyToId", Long.toString(original))).send();
            Api.Response wrong = api.post(messagesOf(id)).as(three.get(0))
                    .json(Map.of("content", "answer", "clientId", "r-2", "replyToId", Long.toString(elsewhere))).send();

            assertThat(reply.status()).as(reply.raw()).isEqualTo(201);
            assertThat(reply.text("replyToId")).isEqualTo(Long.toString(original));
            assertFieldError(wrong, "replyToId");
            assertThat(messagesIn(id)).isEqualTo(2);
        }

        @Test
        void badInputIs400AndStoresNothing() {
            List<Long> pair = users.registered(2);
            long id = conversations.direct(pair.get(0), pair.get(1));
            long me = pair.get(0);

            assertFieldError(api.post(messagesOf(id)).as(me).json(Map.of("content", "hi")).send(), "clientId");
            assertFieldError(conversations.sendRaw(me, id, "hi", "x".repeat(65)), "clientId");
            assertFieldError(conversations.sendRaw(me, id, "hi", "has space"), "clientId");
            assertFieldError(conversations.sendRaw(me, id, "", "c"), "content");
            assertFieldError(conversations.sendRaw(me, id, "   ", "c"), "content");
            assertFieldError(conversations.sendRaw(me, id, "x".repeat(4001), "c"), "content");
            assertFieldError(api.post(messagesOf(id)).as(me)
                    .json(Map.of("content", "hi", "clientId", "c", "attachments", List.of("nope"))).send(), "attachments");
            assertFieldError(api.post(messagesOf(id)).as(me)
                    .json(Map.of("content", "hi", "clientId", "c", "replyToId", "-1")).send(), "replyToId");
            assertProblem(api.post(messagesOf(id)).as(me).rawJson("[").send(), 400);
            assertThat(messagesIn(id)).isZero();
            assertThat(conversations.sendRaw(me, id, "x".repeat(4000), "c").status()).isEqualTo(201);
        }

        @Test
        void nulInContentOrClientIdIsA400NotA500AndStoresNothing() {
            List<Long> pair = users.registered(2);
            long id = conversations.direct(pair.get(0), pair.get(1));

            assertFieldError(conversations.sendRaw(pair.get(0), id, "a\u0000b", "c"), "content");
            assertFieldError(conversations.sendRaw(pair.get(0), id, "hi", "c\u0000"), "clientId");
            assertThat(messagesIn(id)).isZero();
        }

        @Test
        void everyBadFieldIsReportedAtOnceWithItsMessage() {
            List<Long> pair = users.registered(2);
            long id = conversations.direct(pair.get(0), pair.get(1));
            long me = pair.get(0);

            assertFieldErrors(api.post(messagesOf(id)).as(me).json(Map.of("content", "x".repeat(4001),
                            "clientId", "has space", "attachments", List.of("nope"), "replyToId", "-1")).send(),
                    "content: must be at most 4000 characters", "clientId: must be 1 to 64 visible ASCII characters",
                    "attachments: must be an id", "replyToId: must be an id");
            assertFieldErrors(api.post(messagesOf(id)).as(me).json(Map.of("content", " ",
                            "attachments", List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11"))).send(),
                    "clientId: must be 1 to 64 visible ASCII characters", "attachments: at most 10 attachments");
            assertFieldErrors(api.post(messagesOf(id)).as(me).json(Map.of("content", " ", "clientId", "c")).send(),
                    "content: must not be blank");
            assertThat(messagesIn(id)).isZero();
        }

        @Test
        void aNonParticipantGets404() {
            List<Long> three = users.registered(3);
            long id = conversations.direct(three.get(0), three.get(1));

            assertProblem(conversations.sendRaw(three.get(2), id, "let me in", "c"), 404);
            assertThat(messagesIn(id)).isZero();
        }

        @Test
        void aBlockIn1to1Is403EitherWay() {
            List<Long> pair = users.registered(2);
            long id = conversations.direct(pair.get(0), pair.get(1));
            users.block(pair.get(1), pair.get(0));

            Api.Response blocked = conversations.sendRaw(pair.get(0), id, "hey", "b-1");
            Api.Response blocker = conversations.sendRaw(pair.get(1), id, "hey", "b-2");

            assertProblem(blocked, 403);
            assertThat(blocked.text("detail")).contains("block");
            assertProblem(blocker, 403);
            assertThat(messagesIn(id)).isZero();
            users.unblock(pair.get(1), pair.get(0));
            assertThat(conversations.sendRaw(pair.get(0), id, "hey", "b-1").status()).isEqualTo(201);
        }

        @Test
        void needsAToken() {
            assertProblem(api.post(messagesOf(1)).json(Map.of("content", "x", "clientId", "c")).send(), 401);
        }
    }

    @Nested
    class History {

        private long conversation;
        private long reader;
        private List<Long> ids;

        private void tenMessages() {
            List<Long> pair = users.registered(2);
            reader = pair.get(1);
            conversation = conversations.direct(pair.get(0), pair.get(1));
            ids = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                ids.add(conversations.send(pair.get(i % 2), conversation, "m" + i));
            }
        }

        @Test
        void newestFirstThenBeforeTheCursor() {
            tenMessages();

            Api.Response first = api.get(messagesOf(conversation) + "?limit=4").as(reader).send();
            Api.Response second = api.get(messagesOf(conversation) + "?limit=4&before=" + first.text("nextCursor"))
                    .as(reader).send();
            Api.Response last = api.get(messagesOf(conversation) + "?limit=4&before=" + second.text("nextCursor"))
                    .as(reader).send();

            assertThat(contents(first)).containsExactly("m9", "m8", "m7", "m6");
            assertThat(first.text("nextCursor")).isEqualTo(Long.toString(ids.get(6)));
            assertThat(contents(second)).containsExactly("m5", "m4", "m3", "m2");
            assertThat(contents(last)).containsExactly("m1", "m0");
            assertThat(last.body().path("nextCursor").isNull()).isTrue();
        }

        @Test
        void afterTheCursorOldestFirst() {
            tenMessages();

            Api.Response page = api.get(messagesOf(conversation) + "?limit=3&after=" + ids.get(2)).as(reader).send();

            assertThat(contents(page)).containsExactly("m3", "m4", "m5");
            assertThat(page.text("nextCursor")).isEqualTo(Long.toString(ids.get(5)));
        }

        @Test
        void aroundAMessage() {
            tenMessages();

            Api.Response page = api.get(messagesOf(conversation) + "?limit=5&around=" + ids.get(5)).as(reader).send();

            assertThat(contents(page)).containsExactly("m7", "m6", "m5", "m4", "m3");
        }

        @Test
        void repliesCarryTheirParent() {
            List<Long> pair = users.registered(2);
            long id = conversations.direct(pair.get(0), pair.get(1));
            long parent = conversations.send(pair.get(0), id, "q");
            api.post(messagesOf(id)).as(pair.get(1))
                    .json(Map.of("content", "a", "clientId", "r", "replyToId", Long.toString(parent))).send();

            JsonNode newest = api.get(messagesOf(id)).as(pair.get(0)).send().body().path("items").get(0);

            assertThat(newest.path("replyToId").asString()).isEqualTo(Long.toString(parent));
        }

        @Test
        void badPagingIs400() {
            tenMessages();
            assertFieldError(api.get(messagesOf(conversation) + "?limit=101").as(reader).send(), "limit");
            assertFieldError(api.get(messagesOf(conversation) + "?around=zz").as(reader).send(), "around");
            assertProblem(api.get(messagesOf(conversation) + "?before=5&after=6").as(reader).send(), 400);
        }

        @Test
        void aNonParticipantGets404() {
            tenMessages();
            long stranger = users.registered();
            assertProblem(api.get(messagesOf(conversation)).as(stranger).send(), 404);
        }

        @Test
        void needsAToken() {
            assertProblem(api.get(messagesOf(1)).send(), 401);
        }
    }

    @Nested
    class Edit {

        private Api.Response edit(long me, long messageId, Object body) {
            return api.patch("/api/v1/dm/messages/" + messageId).as(me).json(body).send();
        }

        @Test
        void editsOwnMessage() {
            List<Long> pair = users.registered(2);
            long id = conversations.direct(pair.get(0), pair.get(1));
            long message = conversations.send(pair.get(0), id, "typo");

            Api.Response response = edit(pair.get(0), message, Map.of("content", "fixed"));

            assertThat(response.status()).as(response.raw()).isEqualTo(200);
            assertThat(response.text("content")).isEqualTo("fixed");
            assertThat(response.text("editedAt")).isNotBlank();
            assertThat(conversations.get(pair.get(1), id).body().path("lastMessage").path("content").asString())
                    .isEqualTo("fixed");
        }

        @Test
        void someoneElsesMessageIs403AndANonParticipantGets404() {
            List<Long> three = users.registered(3);
            long id = conversations.direct(three.get(0), three.get(1));
            long message = conversations.send(three.get(0), id, "mine");

            assertProblem(edit(three.get(1), message, Map.of("content", "yours?")), 403);
            assertProblem(edit(three.get(2), message, Map.of("content", "who?")), 404);
            assertProblem(edit(three.get(2), 999_999, Map.of("content", "who?")), 404);
            assertThat(db.sql("SELECT content FROM message WHERE id = ?").params(message).query(String.class).single())
                    .isEqualTo("mine");
        }

        @Test
        void aStrangerCannotTellARealMessageFromAMadeUpOne() {
            List<Long> three = users.registered(3);
            long id = conversations.direct(three.get(0), three.get(1));
            long message = conversations.send(three.get(0), id, "mine");

            Api.Response real = edit(three.get(2), message, Map.of("content", "who?"));
            Api.Response madeUp = edit(three.get(2), message + 1_000_000, Map.of("content", "who?"));

            assertProblem(real, 404);
            assertThat(real.raw()).isEqualTo(madeUp.raw());
        }

        @Test
        void badInputIs400() {
            List<Long> pair = users.registered(2);
            long id = conversations.direct(pair.get(0), pair.get(1));
            long message = conversations.send(pair.get(0), id, "mine");

            assertFieldError(edit(pair.get(0), message, Map.of("content", " ")), "content");
            assertFieldError(edit(pair.get(0), message, Map.of("content", "x".repeat(4001))), "content");
            assertProblem(api.patch("/api/v1/dm/messages/nope").as(pair.get(0)).json(Map.of("content", "x")).send(), 400);
            assertThat(count("SELECT count(*) FROM message WHERE id = ? AND edited_at IS NULL", message)).isEqualTo(1);
        }

        @Test
        void aBlockIs403() {
            List<Long> pair = users.registered(2);
            long id = conversations.direct(pair.get(0), pair.get(1));
            long message = conversations.send(pair.get(0), id, "mine");
            users.block(pair.get(1), pair.get(0));

            assertProblem(edit(pair.get(0), message, Map.of("content", "changed")), 403);
        }

        @Test
        void needsAToken() {
            assertProblem(api.patch("/api/v1/dm/messages/1").json(Map.of("content", "x")).send(), 401);
        }
    }

    @Nested
    class Delete {

        @Test
        void deletesOwnMessageAndTakesBackItsUnreadCount() {
            List<Long> pair = users.registered(2);
            long id = conversations.direct(pair.get(0), pair.get(1));
            conversations.send(pair.get(0), id, "stays");
            long gone = conversations.send(pair.get(0), id, "goes");

            Api.Response response = api.delete("/api/v1/dm/messages/" + gone).as(pair.get(0)).send();

            assertThat(response.status()).as(response.raw()).isEqualTo(204);
            Api.Response view = conversations.get(pair.get(1), id);
            assertThat(view.body().path("unreadCount").asInt()).isEqualTo(1);
            assertThat(view.body().path("lastMessage").path("content").asString()).isEqualTo("stays");
            assertThat(contents(api.get(messagesOf(id)).as(pair.get(1)).send())).containsExactly("stays");
            assertProblem(api.delete("/api/v1/dm/messages/" + gone).as(pair.get(0)).send(), 404);
        }

        @Test
        void someoneElsesMessageIs403AndANonParticipantGets404() {
            List<Long> three = users.registered(3);
            long id = conversations.direct(three.get(0), three.get(1));
            long message = conversations.send(three.get(0), id, "mine");

            assertProblem(api.delete("/api/v1/dm/messages/" + message).as(three.get(1)).send(), 403);
            assertProblem(api.delete("/api/v1/dm/messages/" + message).as(three.get(2)).send(), 404);
            assertThat(count("SELECT count(*) FROM message WHERE id = ? AND deleted_at IS NULL", message)).isEqualTo(1);
        }

        @Test
        void aStrangerCannotTellARealMessageFromAMadeUpOne() {
            List<Long> three = users.registered(3);
            long id = conversations.direct(three.get(0), three.get(1));
            long message = conversations.send(three.get(0), id, "mine");

            Api.Response real = api.delete("/api/v1/dm/messages/" + message).as(three.get(2)).send();
            Api.Response madeUp = api.delete("/api/v1/dm/messages/" + (message + 1_000_000)).as(three.get(2)).send();

            assertProblem(real, 404);
            assertThat(real.raw()).isEqualTo(madeUp.raw());
        }

        @Test
        void stillPossibleUnderABlock() {
            List<Long> pair = users.registered(2);
            long id = conversations.direct(pair.get(0), pair.get(1));
            long message = conversations.send(pair.get(0), id, "regret");
            users.block(pair.get(1), pair.get(0));

            assertThat(api.delete("/api/v1/dm/messages/" + message).as(pair.get(0)).send().status()).isEqualTo(204);
        }

        @Test
        void needsAToken() {
            assertProblem(api.delete("/api/v1/dm/messages/1").send(), 401);
            assertProblem(api.delete("/api/v1/dm/messages/x1").as(1).send(), 400);
        }
    }
}
