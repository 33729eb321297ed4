package com.xcord.dm.membership;

import com.xcord.servicekit.test.Api;
import com.xcord.dm.support.IntegrationTest;
import com.xcord.dm.support.Users;
import com.xcord.servicekit.web.VisibleNames;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.xcord.servicekit.test.Problems.assertFieldErrors;
import static com.xcord.servicekit.test.Problems.assertFieldError;
import static com.xcord.servicekit.test.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

class MembershipControllerTests extends IntegrationTest {

    private static String participants(long conversationId) {
        return "/api/v1/dm/conversations/" + conversationId + "/participants";
    }

    private Api.Response add(long me, long conversationId, long userId) {
        return api.post(participants(conversationId)).as(me).json(Map.of("userId", Long.toString(userId))).send();
    }

    private Api.Response remove(long me, long conversationId, long userId) {
        return api.delete(participants(conversationId) + "/" + userId).as(me).send();
    }

    private List<String> participantIds(long viewer, long conversationId) {
        return conversations.get(viewer, conversationId).body().path("participantIds").valueStream()
                .map(JsonNode::asString).toList();
    }

    /** The newest message in the history, as {@code viewer} sees it. */
    private JsonNode newest(long viewer, long conversationId) {
        return api.get("/api/v1/dm/conversations/" + conversationId + "/messages?limit=1").as(viewer).send()
                .body().path("items").get(0);
    }

    @Nested
    class Add {

        @Test
        void theOwnerAddsSomeoneAndTheHistoryRecordsIt() {
            List<Long> people = users.registered(4);
            long owner = people.get(0);
            long group = conversations.group(owner, people.get(1), people.get(2));
            conversations.send(people.get(1), group, "before you came");

            Api.Response response = add(owner, group, people.get(3));

            assertThat(response.status()).as(response.raw()).isEqualTo(204);
            assertThat(participantIds(people.get(3), group)).contains(Long.toString(people.get(3)));
            JsonNode system = newest(people.get(3), group);
            assertThat(system.path("type").asString()).isEqualTo("participant_added");
            assertThat(system.path("senderId").asString()).isEqualTo(Long.toString(owner));
            assertThat(system.path("targetUserId").asString()).isEqualTo(Long.toString(people.get(3)));
            // the newcomer starts with nothing unread; system messages are never unread
            assertThat(conversations.unreadCount(people.get(3), group)).isZero();
            assertThat(conversations.unreadCount(people.get(2), group)).isEqualTo(1);
        }

        @Test
        void onlyTheOwnerAdds() {
            List<Long> people = users.registered(4);
            long group = conversations.group(people.get(0), people.get(1), people.get(2));

            assertProblem(add(people.get(1), group, people.get(3)), 403);
            assertProblem(add(people.get(3), group, people.get(3)), 404);
            assertThat(participantIds(people.get(0), group)).hasSize(3);
        }

        @Test
        void refusesAFullGroupADuplicateAnUnknownUserAndA1to1() {
            List<Long> people = users.registered(11);
            long group = conversations.group(people.get(0), people.subList(1, 10).toArray(Long[]::new));
            long direct = conversations.direct(people.get(0), people.get(1));

            assertProblem(add(people.get(0), group, people.get(10)), 409);
            assertProblem(add(people.get(0), group, people.get(1)), 409);
            assertFieldError(add(people.get(0), group, Users.unknown()), "userId");
            assertProblem(add(people.get(0), direct, people.get(10)), 400);
            assertFieldError(api.post(participants(group)).as(people.get(0)).json(Map.of("userId", "x")).send(),
                    "userId");
            assertFieldError(api.post(participants(group)).as(people.get(0)).json(new HashMap<>()).send(), "userId");
            assertThat(participantIds(people.get(0), group)).hasSize(10);
            assertThat(count("SELECT count(*) FROM message WHERE conversation_id = ?", group)).isZero();
        }

        @Test
        void aBlockIs403() {
            List<Long> people = users.registered(3);
            long group = conversations.group(people.get(0), people.get(1));
            users.block(people.get(2), people.get(0));

            assertProblem(add(people.get(0), group, people.get(2)), 403);
        }

        @Test
        void needsAToken() {
            assertProblem(api.post(participants(1)).json(Map.of("userId", "2")).send(), 401);
        }
    }

    @Nested
    class Remove {

        @Test
        void theOwnerRemovesSomeone() {
            List<Long> people = users.registered(3);
            long group = conversations.group(people.get(0), people.get(1), people.get(2));

            assertThat(remove(people.get(0), group, people.get(2)).status()).isEqualTo(204);

            assertThat(participantIds(people.get(0), group)).doesNotContain(Long.toString(people.get(2)));
            assertThat(newest(people.get(0), group).path("type").asString()).isEqualTo("participant_removed");
            assertProblem(api.get("/api/v1/dm/conversations/" + group).as(people.get(2)).send(), 404);
            assertThat(api.get("/api/v1/dm/conversations").as(people.get(2)).send().body().path("items").size())
                    .isZero();
        }

        @Test
        void anyoneLeavesAndTheOwnerPassesTheGroupOn() {
            List<Long> people = users.registered(3);
            long group = conversations.group(people.get(0), people.get(1), people.get(2));

            assertThat(remove(people.get(0), group, people.get(0)).status()).isEqualTo(204);

            Api.Response view = conversations.get(people.get(1), group);
            assertThat(view.text("ownerId")).isEqualTo(Long.toString(people.get(1)));
            assertThat(newest(people.get(1), group).path("type").asString()).isEqualTo("participant_left");
            assertProblem(conversations.sendRaw(people.get(0), group, "still here?", "c"), 404);
        }

        @Test
        void othersCannotRemoveAndStrangersSeeNothing() {
            List<Long> people = users.registered(4);
            long group = conversations.group(people.get(0), people.get(1), people.get(2));
            long direct = conversations.direct(people.get(0), people.get(1));

            assertProblem(remove(people.get(1), group, people.get(2)), 403);
            assertProblem(remove(people.get(3), group, people.get(3)), 404);
            assertProblem(remove(people.get(0), group, people.get(3)), 404);
            assertProblem(remove(people.get(0), direct, people.get(0)), 400);
            assertThat(participantIds(people.get(0), group)).hasSize(3);
        }

        @Test
        void needsAToken() {
            assertProblem(api.delete(participants(1) + "/2").send(), 401);
        }
    }

    @Nested
    class Rename {

        private Api.Response rename(long me, long conversationId, Object body) {
            return api.patch("/api/v1/dm/conversations/" + conversationId).as(me).json(body).send();
        }

        @Test
        void anyParticipantRenamesAndTheHistoryRecordsIt() {
            List<Long> people = users.registered(2);
            long group = conversations.group(people.get(0), people.get(1));

            assertThat(rename(people.get(1), group, Map.of("name", "new name")).status()).isEqualTo(204);

            assertThat(conversations.get(people.get(0), group).text("name")).isEqualTo("new name");
            JsonNode system = newest(people.get(0), group);
            assertThat(system.path("type").asString()).isEqualTo("conversation_renamed");
            assertThat(system.path("content").asString()).isEqualTo("new name");
        }

        @Test
        void theIconChangesAloneWithoutASystemMessageAndNullClears() {
            List<Long> people = users.registered(2);
            long group = conversations.group(people.get(0), people.get(1));
            String icon = media().readyImage(people.get(1)).id();

            assertThat(rename(people.get(1), group, Map.of("iconMediaId", icon)).status()).isEqualTo(204);
            Api.Response view = conversations.get(people.get(0), group);
            assertThat(view.text("iconMediaId")).isEqualTo(icon);
            assertThat(view.text("name")).isEqualTo("crew");
            assertThat(count("SELECT count(*) FROM message WHERE conversation_id = ?", group)).isZero();

            assertThat(api.patch("/api/v1/dm/conversations/" + group).as(people.get(0))
                    .rawJson("{\"name\":null,\"iconMediaId\":null}").send().status()).isEqualTo(204);
            Api.Response cleared = conversations.get(people.get(0), group);
            assertThat(cleared.body().path("name").isNull()).isTrue();
            assertThat(cleared.body().path("iconMediaId").isNull()).isTrue();
            assertThat(newest(people.get(0), group).path("type").asString()).isEqualTo("conversation_renamed");
        }

        @Test
        void badInputIs400AndChangesNothing() {
            List<Long> people = users.registered(3);
            long group = conversations.group(people.get(0), people.get(1));
            long direct = conversations.direct(people.get(0), people.get(2));

            assertFieldError(rename(people.get(0), group, Map.of("name", "")), "name");
            assertFieldError(rename(people.get(0), group, Map.of("name", "x".repeat(101))), "name");
            assertFieldError(rename(people.get(0), group, Map.of()), "name");
            assertFieldError(rename(people.get(0), group, Map.of("name", 5)), "name");
            assertFieldError(rename(people.get(0), group, Map.of("iconMediaId", "icon")), "iconMediaId");
            assertProblem(rename(people.get(0), direct, Map.of("name", "pair")), 400);
            assertThat(conversations.get(people.get(0), group).text("name")).isEqualTo("crew");
            assertThat(count("SELECT count(*) FROM message WHERE conversation_id = ?", group)).isZero();
        }

        @Test
        void aBidiOverrideInTheNameIs400AndChangesNothing_aDecomposedNameIsStoredAsNfc() {
            List<Long> people = users.registered(2);
            long group = conversations.group(people.get(0), people.get(1));

            assertFieldErrors(rename(people.get(0), group, Map.of("name", "crew\u2068")),
                    "name: " + VisibleNames.INVISIBLE);
            assertThat(conversations.get(people.get(0), group).text("name")).isEqualTo("crew");
            assertThat(count("SELECT count(*) FROM message WHERE conversation_id = ?", group)).isZero();

            assertThat(rename(people.get(0), group, Map.of("name", "cafe\u0301")).status()).isEqualTo(204);
            assertThat(conversations.get(people.get(0), group).text("name")).isEqualTo("café");
            assertThat(count("SELECT count(*) FROM conversation WHERE name = ? AND id = ?", "café", group))
                    .isEqualTo(1);
        }

        @Test
        void aNonParticipantGets404() {
            List<Long> people = users.registered(3);
            long group = conversations.group(people.get(0), people.get(1));

            assertProblem(rename(people.get(2), group, Map.of("name", "mine now")), 404);
        }

        @Test
        void needsAToken() {
            assertProblem(api.patch("/api/v1/dm/conversations/1").json(Map.of("name", "x")).send(), 401);
        }
    }
}
