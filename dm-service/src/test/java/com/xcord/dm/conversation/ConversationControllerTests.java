package com.xcord.dm.conversation;

import com.xcord.servicekit.test.Api;
import com.xcord.dm.support.IntegrationTest;
import com.xcord.dm.support.Users;
import com.xcord.servicekit.web.VisibleNames;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.xcord.servicekit.test.Problems.assertFieldErrors;
import static com.xcord.servicekit.test.Problems.assertFieldError;
import static com.xcord.servicekit.test.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

class ConversationControllerTests extends IntegrationTest {

    private static final String PATH = "/api/v1/dm/conversations";

    private Api.Response create(long me, Object body) {
        return api.post(PATH).as(me).json(body).send();
    }

    private long conversationsOf(long userId) {
        return count("SELECT count(*) FROM participant WHERE user_id = ?", userId);
    }

    @Nested
    class Create {

        @Test
        void opensA1to1AndAnsweringAgainReturnsTheSameOne() {
            List<Long> pair = users.registered(2);
            long alice = pair.get(0);
            long bob = pair.get(1);

            Api.Response first = create(alice, Map.of("participantIds", List.of(Long.toString(bob))));
            Api.Response again = create(bob, Map.of("participantIds", List.of(Long.toString(alice))));

            assertThat(first.status()).as(first.raw()).isEqualTo(201);
            assertThat(first.text("type")).isEqualTo("direct");
            assertThat(first.body().path("participantIds").valueStream().map(n -> n.asString()).toList())
                    .containsExactly(Long.toString(alice), Long.toString(bob));
            assertThat(first.body().path("lastMessage").isNull()).isTrue();
            assertThat(first.body().path("unreadCount").asInt()).isZero();
            assertThat(again.status()).isEqualTo(200);
            assertThat(again.text("id")).isEqualTo(first.text("id"));
            assertThat(conversationsOf(alice)).isEqualTo(1);
        }

        @Test
        void twoOpeningThe1to1AtOnceGetOne() throws Exception {
            List<Long> pair = users.registered(2);
            List<Callable<Api.Response>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                long me = pair.get(i % 2);
                long other = pair.get((i + 1) % 2);
                calls.add(() -> create(me, Map.of("participantIds", List.of(Long.toString(other)))));
            }
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<String> ids = new ArrayList<>();
                for (Future<Api.Response> f : pool.invokeAll(calls)) {
                    assertThat(f.get().status()).isIn(200, 201);
                    ids.add(f.get().text("id"));
                }
                assertThat(ids).containsOnly(ids.get(0));
            } finally {
                pool.shutdown();
            }
            assertThat(conversationsOf(pair.get(0))).isEqualTo(1);
        }

        @Test
        void opensANamedGroup() {
            List<Long> crew = users.registered(3);

            Api.Response response = create(crew.get(0), Map.of("name", "  the crew ",
                    "participantIds", List.of(Long.toString(crew.get(1)), Long.toString(crew.get(2)))));

            assertThat(response.status()).as(response.raw()).isEqualTo(201);
            assertThat(response.text("type")).isEqualTo("group");
            assertThat(response.text("name")).isEqualTo("the crew");
            assertThat(response.text("ownerId")).isEqualTo(Long.toString(crew.get(0)));
            assertThat(response.body().path("participantIds").size()).isEqualTo(3);
        }

        @Test
        void aRetriedGroupCreationWithTheSameIdempotencyKeyCreatesOne() {
            List<Long> crew = users.registered(3);
            Map<String, Object> body = Map.of("name", "retry", "participantIds",
                    List.of(Long.toString(crew.get(1)), Long.toString(crew.get(2))));

            Api.Response first = api.post(PATH).as(crew.get(0)).header("Idempotency-Key", "k-1").json(body).send();
            Api.Response retry = api.post(PATH).as(crew.get(0)).header("Idempotency-Key", "k-1").json(body).send();

            assertThat(first.status()).isEqualTo(201);
            assertThat(retry.status()).isEqualTo(201);
            assertThat(retry.header("Idempotency-Replayed")).isEqualTo("true");
            assertThat(retry.text("id")).isEqualTo(first.text("id"));
            assertThat(conversationsOf(crew.get(0))).isEqualTo(1);
        }

        @Test
        void anIconMakesAGroupEvenWithOneOther() {
            List<Long> pair = users.registered(2);
            String icon = media().readyImage(pair.get(0)).id();

            Api.Response response = create(pair.get(0), Map.of("iconMediaId", icon,
                    "participantIds", List.of(Long.toString(pair.get(1)))));

            assertThat(response.status()).as(response.raw()).isEqualTo(201);
            assertThat(response.text("type")).isEqualTo("group");
            assertThat(response.text("iconMediaId")).isEqualTo(icon);
            assertFieldError(create(pair.get(0), Map.of("iconMediaId", "nope",
                    "participantIds", List.of(Long.toString(pair.get(1))))), "iconMediaId");
        }

        @Test
        void aGroupHoldsAtMostTenIncludingItsCreator() {
            List<Long> people = users.registered(11);
            List<String> ten = people.subList(1, 11).stream().map(String::valueOf).toList();

            assertFieldError(create(people.get(0), Map.of("participantIds", ten)), "participantIds");
            assertThat(conversationsOf(people.get(0))).isZero();
            Api.Response nine = create(people.get(0), Map.of("participantIds", ten.subList(0, 9)));
            assertThat(nine.status()).as(nine.raw()).isEqualTo(201);
            assertThat(nine.body().path("participantIds").size()).isEqualTo(10);
        }

        @Test
        void badInputIs400AndStoresNothing() {
            long me = users.registered();
            long other = users.registered();

            assertFieldError(create(me, Map.of()), "participantIds");
            assertFieldError(create(me, Map.of("participantIds", List.of())), "participantIds");
            assertFieldError(create(me, Map.of("participantIds", List.of("abc"))), "participantIds");
            assertFieldError(create(me, Map.of("participantIds", List.of(Long.toString(me)))), "participantIds");
            assertFieldError(create(me, Map.of("participantIds", List.of(Long.toString(other)), "name", "  ")), "name");
            assertFieldError(create(me, Map.of("participantIds", List.of(Long.toString(other)), "name", "x".repeat(101))),
                    "name");
            assertProblem(api.post(PATH).as(me).rawJson("{not json").send(), 400);
            assertThat(conversationsOf(me)).isZero();
        }

        @Test
        void aBidiOverrideInTheNameIs400AndStoresNothing_aDecomposedNameIsStoredAsNfc() {
            long me = users.registered();
            List<String> others = List.of(Long.toString(users.registered()), Long.toString(users.registered()));

            assertFieldErrors(create(me, Map.of("participantIds", others, "name", "\u202Eadmin")),
                    "name: " + VisibleNames.INVISIBLE);
            assertThat(conversationsOf(me)).isZero();

            Api.Response created = create(me, Map.of("participantIds", others, "name", "cafe\u0301"));
            assertThat(created.status()).as(created.raw()).isEqualTo(201);
            assertThat(created.text("name")).isEqualTo("café");
            assertThat(count("SELECT count(*) FROM conversation WHERE name = ? AND id = ?", "café",
                    Long.parseLong(created.text("id")))).isEqualTo(1);
        }

        @Test
        void aUserAuthNeverAnnouncedIs400() {
            long me = users.registered();

            assertFieldError(create(me, Map.of("participantIds", List.of(Long.toString(Users.unknown())))),
                    "participantIds");
            assertThat(conversationsOf(me)).isZero();
        }

        @Test
        void aBlockEitherWayIs403() {
            List<Long> three = users.registered(3);
            long me = three.get(0);
            users.block(three.get(1), me);
            users.block(me, three.get(2));

            assertProblem(create(me, Map.of("participantIds", List.of(Long.toString(three.get(1))))), 403);
            assertProblem(create(me, Map.of("participantIds", List.of(Long.toString(three.get(2))))), 403);
            assertProblem(create(me, Map.of("name", "g", "participantIds",
                    List.of(Long.toString(three.get(1)), Long.toString(three.get(2))))), 403);
            assertThat(conversationsOf(me)).isZero();
        }

        @Test
        void needsAToken() {
            assertProblem(api.post(PATH).json(Map.of("participantIds", List.of("1"))).send(), 401);
            assertProblem(api.post(PATH).token("garbage").json(Map.of("participantIds", List.of("1"))).send(), 401);
        }
    }

    @Nested
    class ListMine {

        @Test
        void mostRecentActivityFirstWithLastMessageAndUnreadCount() {
            List<Long> people = users.registered(3);
            long me = people.get(0);
            long withBob = conversations.direct(me, people.get(1));
            long withCarol = conversations.direct(people.get(2), me);
            conversations.send(people.get(1), withBob, "hi from bob");
            conversations.send(people.get(1), withBob, "still bob");
            conversations.send(me, withCarol, "me to carol");

            Api.Response page = api.get(PATH).as(me).send();

            assertThat(page.status()).as(page.raw()).isEqualTo(200);
            var items = page.body().path("items");
            assertThat(items.size()).isEqualTo(2);
            assertThat(items.get(0).path("id").asString()).isEqualTo(Long.toString(withCarol));
            assertThat(items.get(0).path("lastMessage").path("content").asString()).isEqualTo("me to carol");
            assertThat(items.get(0).path("unreadCount").asInt()).isZero();
            assertThat(items.get(1).path("id").asString()).isEqualTo(Long.toString(withBob));
            assertThat(items.get(1).path("lastMessage").path("content").asString()).isEqualTo("still bob");
            assertThat(items.get(1).path("unreadCount").asInt()).isEqualTo(2);
            assertThat(page.body().path("nextCursor").isNull()).isTrue();
        }

        @Test
        void pagesWithTheCursor() {
            long me = users.registered();
            List<Long> others = users.registered(5);
            Map<String, Integer> seen = new HashMap<>();
            others.forEach(o -> conversations.direct(me, o));

            String cursor = null;
            int pages = 0;
            do {
                Api.Response page = api.get(PATH + "?limit=2" + (cursor == null ? "" : "&before=" + cursor)).as(me).send();
                assertThat(page.status()).as(page.raw()).isEqualTo(200);
                page.body().path("items").valueStream().forEach(i -> seen.merge(i.path("id").asString(), 1, Integer::sum));
                cursor = page.body().path("nextCursor").isNull() ? null : page.text("nextCursor");
                pages++;
            } while (cursor != null);

            assertThat(pages).isEqualTo(3);
            assertThat(seen).hasSize(5).allSatisfy((id, n) -> assertThat(n).isEqualTo(1));
        }

        @Test
        void showsOnlyTheCallersConversations() {
            List<Long> people = users.registered(3);
            conversations.direct(people.get(0), people.get(1));

            Api.Response page = api.get(PATH).as(people.get(2)).send();

            assertThat(page.body().path("items").size()).isZero();
        }

        @Test
        void badPagingIs400() {
            long me = users.registered();
            assertFieldError(api.get(PATH + "?limit=0").as(me).send(), "limit");
            assertFieldError(api.get(PATH + "?before=x").as(me).send(), "before");
            assertProblem(api.get(PATH + "?after=5").as(me).send(), 400);
        }

        @Test
        void needsAToken() {
            assertProblem(api.get(PATH).send(), 401);
        }
    }

    @Nested
    class GetOne {

        @Test
        void showsTheConversationToAParticipant() {
            List<Long> pair = users.registered(2);
            long id = conversations.direct(pair.get(0), pair.get(1));
            conversations.send(pair.get(0), id, "hello");

            Api.Response response = api.get(PATH + "/" + id).as(pair.get(1)).send();

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.body().path("lastMessage").path("content").asString()).isEqualTo("hello");
            assertThat(response.body().path("unreadCount").asInt()).isEqualTo(1);
        }

        @Test
        void isNotFoundForANonParticipantAndForNothing() {
            List<Long> three = users.registered(3);
            long id = conversations.direct(three.get(0), three.get(1));

            assertProblem(api.get(PATH + "/" + id).as(three.get(2)).send(), 404);
            assertProblem(api.get(PATH + "/" + 12345).as(three.get(2)).send(), 404);
            assertProblem(api.get(PATH + "/abc").as(three.get(2)).send(), 400);
        }

        @Test
        void needsAToken() {
            assertProblem(api.get(PATH + "/1").send(), 401);
        }
    }
}
