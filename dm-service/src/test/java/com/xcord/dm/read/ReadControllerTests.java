package com.xcord.dm.read;

import com.xcord.servicekit.test.Api;
import com.xcord.dm.support.IntegrationTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import static com.xcord.servicekit.test.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

class ReadControllerTests extends IntegrationTest {

    private Api.Response unread(long me) {
        Api.Response response = api.get("/api/v1/dm/unread").as(me).send();
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return response;
    }

    /** The truth, counted from the messages: others' text after the marker, not deleted. */
    private long unreadFromScratch(long userId, long conversationId) {
        return count("""
                SELECT count(*) FROM message m JOIN participant p
                  ON p.conversation_id = m.conversation_id AND p.user_id = ?
                 WHERE m.conversation_id = ? AND m.id > p.last_read_id AND m.sender_id <> ?
                   AND m.kind = 'TEXT' AND m.deleted_at IS NULL
                """, userId, conversationId, userId);
    }

    @Nested
    class MarkRead {

        @Test
        void movesTheMarkerForwardOnly() {
            List<Long> pair = users.registered(2);
            long id = conversations.direct(pair.get(0), pair.get(1));
            long first = conversations.send(pair.get(0), id, "1");
            long second = conversations.send(pair.get(0), id, "2");
            conversations.send(pair.get(0), id, "3");

            Api.Response read = conversations.read(pair.get(1), second);
            Api.Response backwards = conversations.read(pair.get(1), first);

            assertThat(read.text("lastReadMessageId")).isEqualTo(Long.toString(second));
            assertThat(read.body().path("unreadCount").asInt()).isEqualTo(1);
            assertThat(backwards.text("lastReadMessageId")).isEqualTo(Long.toString(second));
            assertThat(backwards.body().path("unreadCount").asInt()).isEqualTo(1);
            assertThat(conversations.get(pair.get(1), id).text("lastReadMessageId")).isEqualTo(Long.toString(second));
        }

        @Test
        void othersSeeTheMarkerUnlessTheReaderTurnedReceiptsOff() {
            List<Long> people = users.registered(3);
            long group = conversations.group(people.get(0), people.get(1), people.get(2));
            long message = conversations.send(people.get(0), group, "seen?");
            users.readReceipts(people.get(2), false);

            conversations.read(people.get(1), message);
            conversations.read(people.get(2), message);

            JsonNode seenBy = conversations.get(people.get(0), group).body().path("readStates");
            assertThat(seenBy.valueStream().map(s -> s.path("userId").asString()).toList())
                    .containsExactly(Long.toString(people.get(1)));
            assertThat(seenBy.get(0).path("lastReadMessageId").asString()).isEqualTo(Long.toString(message));
            // the private reader's own state still moves
            assertThat(conversations.get(people.get(2), group).text("lastReadMessageId"))
                    .isEqualTo(Long.toString(message));
            assertThat(conversations.unreadCount(people.get(2), group)).isZero();
        }

        @Test
        void aNonParticipantGets404() {
            List<Long> three = users.registered(3);
            long id = conversations.direct(three.get(0), three.get(1));
            long message = conversations.send(three.get(0), id, "private");

            assertProblem(api.post("/api/v1/dm/messages/" + message + "/read").as(three.get(2)).send(), 404);
            assertProblem(api.post("/api/v1/dm/messages/424242/read").as(three.get(2)).send(), 404);
            assertThat(count("SELECT count(*) FROM participant WHERE user_id = ?", three.get(2))).isZero();
        }

        @Test
        void aStrangerCannotTellARealMessageFromAMadeUpOne() {
            List<Long> three = users.registered(3);
            long id = conversations.direct(three.get(0), three.get(1));
            long message = conversations.send(three.get(0), id, "private");

            Api.Response real = api.post("/api/v1/dm/messages/" + message + "/read").as(three.get(2)).send();
            Api.Response madeUp = api.post("/api/v1/dm/messages/" + (message + 1_000_000) + "/read")
                    .as(three.get(2)).send();

            assertProblem(real, 404);
            assertThat(real.raw()).isEqualTo(madeUp.raw());
        }

        @Test
        void badIdIs400() {
            assertProblem(api.post("/api/v1/dm/messages/abc/read").as(1).send(), 400);
        }

        @Test
        void aBlockDoesNotStopReading() {
            List<Long> pair = users.registered(2);
            long id = conversations.direct(pair.get(0), pair.get(1));
            long message = conversations.send(pair.get(0), id, "before the block");
            users.block(pair.get(1), pair.get(0));

            assertThat(conversations.read(pair.get(1), message).body().path("unreadCount").asInt()).isZero();
        }

        @Test
        void needsAToken() {
            assertProblem(api.post("/api/v1/dm/messages/1/read").send(), 401);
        }
    }

    @Nested
    class Unread {

        @Test
        void totalsAndPerConversationAndOwnMessagesNeverCount() {
            List<Long> people = users.registered(3);
            long me = people.get(0);
            long withBob = conversations.direct(me, people.get(1));
            long withCarol = conversations.direct(me, people.get(2));
            conversations.send(people.get(1), withBob, "1");
            conversations.send(people.get(1), withBob, "2");
            conversations.send(people.get(2), withCarol, "3");
            conversations.send(me, withCarol, "mine");

            JsonNode body = unread(me).body();

            assertThat(body.path("total").asLong()).isEqualTo(3);
            Map<String, Integer> per = new java.util.HashMap<>();
            body.path("conversations").valueStream()
                    .forEach(c -> per.put(c.path("conversationId").asString(), c.path("unreadCount").asInt()));
            assertThat(per).containsExactlyInAnyOrderEntriesOf(
                    Map.of(Long.toString(withBob), 2, Long.toString(withCarol), 1));
            assertThat(unread(people.get(1)).body().path("total").asLong()).isZero();
        }

        @Test
        void exactAfterInterleavedConcurrentSendsAndReadsByThreeParticipants() throws Exception {
            List<Long> people = users.registered(3);
            long group = conversations.group(people.get(0), people.get(1), people.get(2));
            List<Long> sent = java.util.Collections.synchronizedList(new ArrayList<>());
            List<Callable<Integer>> work = new ArrayList<>();
            for (int i = 0; i < 90; i++) {
                long who = people.get(i % 3);
                boolean read = i % 4 == 3;
                work.add(() -> {
                    if (read && !sent.isEmpty()) {
                        long upTo = sent.get(ThreadLocalRandom.current().nextInt(sent.size()));
                        return api.post("/api/v1/dm/messages/" + upTo + "/read").as(who).send().status();
                    }
                    Api.Response r = conversations.sendRaw(who, group, "m", java.util.UUID.randomUUID().toString());
                    sent.add(Long.parseLong(r.text("id")));
                    return r.status();
                });
            }
            ExecutorService pool = Executors.newFixedThreadPool(9);
            try {
                for (Future<Integer> f : pool.invokeAll(work)) {
                    assertThat(f.get()).isIn(200, 201);
                }
            } finally {
                pool.shutdown();
            }

            for (long user : people) {
                long truth = unreadFromScratch(user, group);
                assertThat(conversations.unreadCount(user, group)).as("unread of %s", user).isEqualTo((int) truth);
                assertThat(unread(user).body().path("total").asLong()).isEqualTo(truth);
            }
            // and reading to the end leaves nothing
            long last = sent.stream().mapToLong(Long::longValue).max().orElseThrow();
            for (long user : people) {
                conversations.read(user, last);
                assertThat(unread(user).body().path("total").asLong()).isZero();
            }
        }

        @Test
        void needsAToken() {
            assertProblem(api.get("/api/v1/dm/unread").send(), 401);
        }
    }
}
