package com.xcord.server.channel;

import com.xcord.permissions.Permissions;
import com.xcord.servicekit.test.Api;
import com.xcord.server.support.IntegrationTest;
import com.xcord.server.support.TestServer;
import com.xcord.server.support.TestUser;
import com.xcord.servicekit.web.VisibleNames;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.xcord.servicekit.test.Problems.assertFieldErrors;
import static com.xcord.servicekit.test.Problems.assertFieldError;
import static com.xcord.servicekit.test.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

class ChannelControllerTests extends IntegrationTest {

    private long channels(TestServer server) {
        return count("SELECT count(*) FROM channels WHERE server_id = ?", Long.parseLong(server.id()));
    }

    @Nested
    class ListChannels {

        @Test
        void inPositionOrder_hidingWhatTheMemberCannotView() {
            TestServer server = fixtures.server();
            String category = fixtures.channel(server, body("name", "Info", "type", "category", "position", 1));
            String rules = fixtures.channel(server, body("name", "rules", "parentId", category, "position", 2));
            String secret = fixtures.channel(server, body("name", "secret", "position", 3));
            TestUser bob = fixtures.member(server, "bob");
            api.put(server.channelPath(secret) + "/overwrites/" + server.everyoneRoleId()).as(server.owner())
                    .json(body("type", "role", "deny", Permissions.format(Permissions.VIEW_CHANNEL))).send()
                    .expect(200);

            Api.Response forOwner = api.get(server.path() + "/channels").as(server.owner()).send().expect(200);
            Api.Response forBob = api.get(server.path() + "/channels").as(bob).send().expect(200);

            assertThat(forOwner.body().path("items").valueStream().map(c -> c.path("id").asString()))
                    .containsExactly(server.generalChannelId(), category, rules, secret);
            assertThat(forBob.body().path("items").valueStream().map(c -> c.path("id").asString()))
                    .containsExactly(server.generalChannelId(), category, rules);
            assertThat(forOwner.body().path("items").get(2).path("parentId").asString()).isEqualTo(category);
            assertThat(forOwner.body().path("items").get(1).path("type").asString()).isEqualTo("category");
        }

        @Test
        void nonMemberIs404_noTokenIs401() {
            TestServer server = fixtures.server();
            assertProblem(api.get(server.path() + "/channels").as(TestUser.named("x")).send(), 404);
            assertNeedsToken(a -> a.get(server.path() + "/channels"));
        }
    }

    @Nested
    class CreateChannel {

        @Test
        void withManageChannels() {
            TestServer server = fixtures.server();
            TestUser mod = fixtures.memberWith(server, "mod", Permissions.MANAGE_CHANNELS);

            Api.Response created = api.post(server.path() + "/channels").as(mod)
                    .json(body("name", "memes", "topic", "funny", "slowModeSeconds", 10)).send();

            assertThat(created.status()).as(created.raw()).isEqualTo(201);
            assertThat(created.text("type")).isEqualTo("text");
            assertThat(created.text("topic")).isEqualTo("funny");
            assertThat(created.body().path("slowModeSeconds").asInt()).isEqualTo(10);
            assertThat(created.text("serverId")).isEqualTo(server.id());
        }

        @Test
        void badInputIs400AndStoresNothing() {
            TestServer server = fixtures.server();
            TestUser owner = server.owner();
            String other = fixtures.channel(server, body("name", "plain"));
            long before = channels(server);

            assertFieldError(api.post(server.path() + "/channels").as(owner).json(body("name", "")).send(), "name");
            assertFieldError(api.post(server.path() + "/channels").as(owner).json(body("name", "x", "type", "voice"))
                    .send(), "type");
            assertFieldError(api.post(server.path() + "/channels").as(owner)
                    .json(body("name", "x", "slowModeSeconds", 21601)).send(), "slowModeSeconds");
            assertFieldError(api.post(server.path() + "/channels").as(owner)
                    .json(body("name", "x", "parentId", other)).send(), "parentId");
            assertFieldError(api.post(server.path() + "/channels").as(owner)
                    .json(body("name", "x", "parentId", "123")).send(), "parentId");

            assertThat(channels(server)).isEqualTo(before);
        }

        @Test
        void aBidiOverrideInTheNameIs400AndStoresNothing_aDecomposedNameIsStoredAsNfc() {
            TestServer server = fixtures.server();
            long before = channels(server);

            assertFieldErrors(api.post(server.path() + "/channels").as(server.owner())
                    .json(body("name", "rules\u202Etxt.exe")).send(), "name: " + VisibleNames.INVISIBLE);
            assertThat(channels(server)).isEqualTo(before);

            Api.Response created = api.post(server.path() + "/channels").as(server.owner())
                    .json(body("name", "cafe\u0301")).send().expect(201);
            assertThat(created.text("name")).isEqualTo("café");
            assertThat(count("SELECT count(*) FROM channels WHERE name = ? AND id = ?", "café",
                    Long.parseLong(created.text("id")))).isEqualTo(1);
        }

        @Test
        void memberWithoutPermissionIs403_strangerIs404_noTokenIs401() {
            TestServer server = fixtures.server();
            TestUser bob = fixtures.member(server, "bob");
            long before = channels(server);
            assertProblem(api.post(server.path() + "/channels").as(bob).json(body("name", "x")).send(), 403);
            assertProblem(api.post(server.path() + "/channels").as(TestUser.named("x")).json(body("name", "x"))
                    .send(), 404);
            assertNeedsToken(a -> a.post(server.path() + "/channels").json(body("name", "x")));
            assertThat(channels(server)).isEqualTo(before);
        }
    }

    @Nested
    class UpdateChannel {

        @Test
        void renamesReordersAndSetsSlowMode() {
            TestServer server = fixtures.server();
            String category = fixtures.channel(server, body("name", "cat", "type", "category"));

            Api.Response updated = api.patch(server.channelPath(server.generalChannelId())).as(server.owner())
                    .json(body("name", "lobby", "position", 5, "slowModeSeconds", 30, "parentId", category,
                            "topic", null))
                    .send().expect(200);

            assertThat(updated.text("name")).isEqualTo("lobby");
            assertThat(updated.body().path("position").asInt()).isEqualTo(5);
            assertThat(updated.body().path("slowModeSeconds").asInt()).isEqualTo(30);
            assertThat(updated.text("parentId")).isEqualTo(category);
        }

        @Test
        void badInputIs400() {
            TestServer server = fixtures.server();
            String path = server.channelPath(server.generalChannelId());
            assertFieldError(api.patch(path).as(server.owner()).json(body("name", null)).send(), "name");
            assertFieldError(api.patch(path).as(server.owner()).json(body("position", -1)).send(), "position");
            assertFieldError(api.patch(path).as(server.owner()).json(body("slowModeSeconds", "x")).send(),
                    "slowModeSeconds");
            assertThat(api.get(server.path() + "/channels").as(server.owner()).send().body().path("items").get(0)
                    .path("name").asString()).isEqualTo("general");
        }

        @Test
        void aBidiOverrideInTheNameIs400AndChangesNothing_aDecomposedNameIsStoredAsNfc() {
            TestServer server = fixtures.server();
            String path = server.channelPath(server.generalChannelId());

            assertFieldErrors(api.patch(path).as(server.owner()).json(body("name", "gen\u200Beral")).send(),
                    "name: " + VisibleNames.INVISIBLE);
            assertThat(api.patch(path).as(server.owner()).json(body("name", "cafe\u0301")).send().expect(200)
                    .text("name")).isEqualTo("café");
            assertThat(count("SELECT count(*) FROM channels WHERE name = ? AND id = ?", "café",
                    Long.parseLong(server.generalChannelId()))).isEqualTo(1);
        }

        @Test
        void concurrentEditsOfDifferentFieldsAllLand() throws Exception {
            TestServer server = fixtures.server();
            String path = server.channelPath(server.generalChannelId());
            List<Map<String, Object>> edits = List.of(body("name", "renamed"), body("topic", "a topic"),
                    body("position", 7), body("slowModeSeconds", 15));

            ExecutorService pool = Executors.newFixedThreadPool(edits.size());
            try {
                List<Future<Integer>> statuses = new ArrayList<>();
                for (Map<String, Object> edit : edits) {
                    statuses.add(pool.submit(() -> api.patch(path).as(server.owner()).json(edit).send().status()));
                }
                for (Future<Integer> status : statuses) {
                    assertThat(status.get()).isEqualTo(200);
                }
            } finally {
                pool.shutdownNow();
            }

            // each edit was applied on top of the others (a lost race is retried, never written over the winner)
            Api.Response channels = api.get(server.path() + "/channels").as(server.owner()).send().expect(200);
            var general = channels.body().path("items").get(0);
            assertThat(general.path("name").asString()).isEqualTo("renamed");
            assertThat(general.path("topic").asString()).isEqualTo("a topic");
            assertThat(general.path("position").asInt()).isEqualTo(7);
            assertThat(general.path("slowModeSeconds").asInt()).isEqualTo(15);
        }

        @Test
        void everyBadFieldOfAPatchIsReportedAtOnce() {
            TestServer server = fixtures.server();
            String path = server.channelPath(server.generalChannelId());

            Api.Response refused = api.patch(path).as(server.owner())
                    .json(body("name", "", "position", -1, "slowModeSeconds", "x", "parentId", "nope")).send();

            assertProblem(refused, 400);
            assertThat(refused.body().path("errors").valueStream()
                    .map(e -> e.path("field").asString() + ": " + e.path("message").asString()))
                    .containsExactlyInAnyOrder("name: must be 1 to 100 characters",
                            "position: must be between 0 and 10000", "slowModeSeconds: must be an integer",
                            "parentId: must be an id");
        }

        @Test
        void permissionIsCheckedInTheChannel() {
            TestServer server = fixtures.server();
            TestUser mod = fixtures.memberWith(server, "mod", Permissions.MANAGE_CHANNELS);
            TestUser bob = fixtures.member(server, "bob");
            String path = server.channelPath(server.generalChannelId());
            // a member overwrite takes MANAGE_CHANNELS away from the mod in this channel only
            api.put(path + "/overwrites/" + mod.id()).as(server.owner())
                    .json(body("type", "member", "deny", Permissions.format(Permissions.MANAGE_CHANNELS))).send()
                    .expect(200);

            assertProblem(api.patch(path).as(mod).json(body("name", "x")).send(), 403);
            assertProblem(api.patch(path).as(bob).json(body("name", "x")).send(), 403);
            assertProblem(api.patch(path).as(TestUser.named("x")).json(body("name", "x")).send(), 404);
            assertProblem(api.patch(server.channelPath("999")).as(server.owner()).json(body("name", "x")).send(), 404);
            assertNeedsToken(a -> a.patch(path).json(body("name", "x")));
        }
    }

    @Nested
    class DeleteChannel {

        @Test
        void withManageChannels_andItsMessagesGo() {
            TestServer server = fixtures.server();
            fixtures.message(server, server.owner(), "bye");

            api.delete(server.channelPath(server.generalChannelId())).as(server.owner()).send().expect(204);

            assertThat(channels(server)).isZero();
            assertThat(count("SELECT count(*) FROM messages WHERE channel_id = ?",
                    Long.parseLong(server.generalChannelId()))).isZero();
        }

        @Test
        void memberWithoutPermissionIs403_strangerIs404_noTokenIs401() {
            TestServer server = fixtures.server();
            TestUser bob = fixtures.member(server, "bob");
            String path = server.channelPath(server.generalChannelId());
            assertProblem(api.delete(path).as(bob).send(), 403);
            assertProblem(api.delete(path).as(TestUser.named("x")).send(), 404);
            assertNeedsToken(a -> a.delete(path));
            assertThat(channels(server)).isEqualTo(1);
        }
    }

    @Nested
    class PutOverwrite {

        @Test
        void roleAndMemberOverwritesChangeWhatMembersMayDo() {
            TestServer server = fixtures.server();
            TestUser bob = fixtures.member(server, "bob");
            String path = server.channelPath(server.generalChannelId());

            Api.Response put = api.put(path + "/overwrites/" + server.everyoneRoleId()).as(server.owner())
                    .json(body("type", "role", "allow", "0", "deny", Permissions.format(Permissions.SEND_MESSAGES)))
                    .send().expect(200);
            assertThat(put.body().path("overwrites")).singleElement().satisfies(o -> {
                assertThat(o.path("type").asString()).isEqualTo("role");
                assertThat(o.path("deny").asString()).isEqualTo("2048");
            });
            assertProblem(api.post(server.messagesPath()).as(bob).json(body("content", "hi")).send(), 403);

            api.put(path + "/overwrites/" + bob.id()).as(server.owner())
                    .json(body("type", "member", "allow", Permissions.format(Permissions.SEND_MESSAGES))).send()
                    .expect(200);
            api.post(server.messagesPath()).as(bob).json(body("content", "hi")).send().expect(201);

            api.delete(path + "/overwrites/" + bob.id()).as(server.owner()).send().expect(200);
            assertProblem(api.post(server.messagesPath()).as(bob).json(body("content", "hi")).send(), 403);
        }

        @Test
        void badInputIs400AndStoresNothing() {
            TestServer server = fixtures.server();
            String path = server.channelPath(server.generalChannelId()) + "/overwrites/" + server.everyoneRoleId();
            assertFieldError(api.put(path).as(server.owner()).json(body("type", "group")).send(), "type");
            assertFieldError(api.put(path).as(server.owner()).json(body("type", "role", "allow", "-1")).send(),
                    "allow");
            assertFieldError(api.put(path).as(server.owner()).json(body("type", "role", "allow", "1", "deny", "1"))
                    .send(), "deny");
            assertProblem(api.put(server.channelPath(server.generalChannelId()) + "/overwrites/12345")
                    .as(server.owner()).json(body("type", "role")).send(), 404);
            assertThat(count("SELECT count(*) FROM channel_overwrites WHERE channel_id = ?",
                    Long.parseLong(server.generalChannelId()))).isZero();
        }

        @Test
        void needsManageRoles_andOnlyBitsTheCallerHas() {
            TestServer server = fixtures.server();
            TestUser bob = fixtures.member(server, "bob");
            TestUser roleManager = fixtures.memberWith(server, "rm", Permissions.MANAGE_ROLES);
            String path = server.channelPath(server.generalChannelId()) + "/overwrites/" + server.everyoneRoleId();

            assertProblem(api.put(path).as(bob).json(body("type", "role", "deny", "2048")).send(), 403);
            assertProblem(api.put(path).as(roleManager)
                    .json(body("type", "role", "allow", Permissions.format(Permissions.BAN_MEMBERS))).send(), 403);
            api.put(path).as(roleManager).json(body("type", "role", "deny", "2048")).send().expect(200);
            assertProblem(api.put(path).as(TestUser.named("x")).json(body("type", "role")).send(), 404);
            assertNeedsToken(a -> a.put(path).json(body("type", "role")));
        }
    }
    /**
     * Overwrites obey the hierarchy role edits and kicks obey (issue 12, finding 2): a mod with MANAGE_ROLES
     * neither sets nor removes an overwrite for a role or member at or above them, and changes (adds or
     * removes, in allow or deny) only bits they have. Roles, from the top: higher (3), mod (2), lower (1).
     */
    @Nested
    class OverwriteHierarchy {

        private static final String VIEW = Permissions.format(Permissions.VIEW_CHANNEL);
        private static final String SEND = Permissions.format(Permissions.SEND_MESSAGES);
        /** A bit the mod does not have. */
        private static final String MANAGE_MESSAGES = Permissions.format(Permissions.MANAGE_MESSAGES);

        private TestServer server;
        private String overwrites;
        private String modRole;
        private String lowerRole;
        private String higherRole;
        private TestUser mod;
        private TestUser peer;
        private TestUser low;
        private TestUser higher;

        @BeforeEach
        void ranks() {
            server = fixtures.server();
            overwrites = server.channelPath(server.generalChannelId()) + "/overwrites/";
            modRole = fixtures.role(server, "mod", Permissions.MANAGE_ROLES);
            lowerRole = fixtures.role(server, "lower", 0);
            higherRole = api.post(server.path() + "/roles").as(server.owner())
                    .json(body("name", "higher", "position", 3)).send().expect(201).text("id");
            mod = fixtures.member(server, "mod");
            fixtures.grant(server, mod, modRole);
            peer = fixtures.member(server, "peer");
            fixtures.grant(server, peer, modRole);
            low = fixtures.member(server, "low");
            fixtures.grant(server, low, lowerRole);
            higher = fixtures.member(server, "higher");
            fixtures.grant(server, higher, higherRole);
        }

        @Test
        void aRoleAboveTheCallersIs403_andNothingIsStored() {
            assertProblem(put(mod, higherRole, "role", "0", VIEW), 403);
            assertThat(overwrite(higherRole)).isNull();
            api.get(server.messagesPath()).as(higher).send().expect(200);
        }

        @Test
        void theCallersOwnRoleIs403() {
            assertProblem(put(mod, modRole, "role", "0", SEND), 403);
            assertThat(overwrite(modRole)).isNull();
        }

        @Test
        void aMemberRankingAboveOrLikeTheCallerIs403() {
            assertProblem(put(mod, higher.idString(), "member", "0", VIEW), 403);
            assertProblem(put(mod, peer.idString(), "member", "0", VIEW), 403);
            assertProblem(put(mod, mod.idString(), "member", "0", SEND), 403);
            assertThat(overwrite(higher.idString())).isNull();
            assertThat(overwrite(peer.idString())).isNull();
            assertThat(overwrite(mod.idString())).isNull();
        }

        @Test
        void theOwnerIs403() {
            assertProblem(put(mod, server.owner().idString(), "member", "0", VIEW), 403);
            assertThat(overwrite(server.owner().idString())).isNull();
        }

        @Test
        void deletingAnOverwriteOfAHigherRoleOrMemberIs403_andItStays() {
            put(server.owner(), higherRole, "role", SEND, "0").expect(200);
            put(server.owner(), higher.idString(), "member", SEND, "0").expect(200);

            assertProblem(api.delete(overwrites + higherRole).as(mod).send(), 403);
            assertProblem(api.delete(overwrites + higher.idString()).as(mod).send(), 403);

            assertThat(overwrite(higherRole).path("allow").asString()).isEqualTo(SEND);
            assertThat(overwrite(higher.idString()).path("allow").asString()).isEqualTo(SEND);
        }

        @Test
        void removingABitTheCallerDoesNotHaveIs403_inAllowOrDenyOrByDeleting() {
            put(server.owner(), lowerRole, "role", MANAGE_MESSAGES, "0").expect(200);
            put(server.owner(), low.idString(), "member", "0", MANAGE_MESSAGES).expect(200);

            assertProblem(put(mod, lowerRole, "role", "0", "0"), 403);
            assertProblem(put(mod, lowerRole, "role", "0", MANAGE_MESSAGES), 403);
            assertProblem(put(mod, low.idString(), "member", "0", "0"), 403);
            assertProblem(api.delete(overwrites + lowerRole).as(mod).send(), 403);
            assertProblem(api.delete(overwrites + low.idString()).as(mod).send(), 403);

            assertThat(overwrite(lowerRole).path("allow").asString()).isEqualTo(MANAGE_MESSAGES);
            assertThat(overwrite(lowerRole).path("deny").asString()).isEqualTo("0");
            assertThat(overwrite(low.idString()).path("deny").asString()).isEqualTo(MANAGE_MESSAGES);
        }

        @Test
        void belowTheCaller_bitsTheCallerHasCanBeAddedAndRemoved() {
            put(mod, lowerRole, "role", "0", SEND).expect(200);
            assertProblem(api.post(server.messagesPath()).as(low).json(body("content", "hi")).send(), 403);
            put(mod, lowerRole, "role", SEND, "0").expect(200);
            put(mod, low.idString(), "member", "0", SEND).expect(200);
            // (a deny for @everyone would take the bit from the mod too, who could then not clear it)
            put(mod, server.everyoneRoleId(), "role", VIEW, "0").expect(200);
            api.delete(overwrites + low.idString()).as(mod).send().expect(200);
            api.delete(overwrites + server.everyoneRoleId()).as(mod).send().expect(200);
            api.post(server.messagesPath()).as(low).json(body("content", "hi")).send().expect(201);

            // a bit the mod does not have, set by the owner, stays while the mod changes the others
            put(server.owner(), lowerRole, "role", MANAGE_MESSAGES, "0").expect(200);
            put(mod, lowerRole, "role", MANAGE_MESSAGES, SEND).expect(200);
            assertThat(overwrite(lowerRole).path("allow").asString()).isEqualTo(MANAGE_MESSAGES);
            assertThat(overwrite(lowerRole).path("deny").asString()).isEqualTo(SEND);
        }

        @Test
        void theOwnerManagesEveryOverwrite() {
            for (String[] target : new String[][] {{higherRole, "role"}, {modRole, "role"},
                    {higher.idString(), "member"}, {server.owner().idString(), "member"}}) {
                put(server.owner(), target[0], target[1], MANAGE_MESSAGES, SEND).expect(200);
                put(server.owner(), target[0], target[1], "0", MANAGE_MESSAGES).expect(200);
                api.delete(overwrites + target[0]).as(server.owner()).send().expect(200);
                assertThat(overwrite(target[0])).isNull();
            }
        }

        /** As for role edits: ADMINISTRATOR gives every bit, not a rank. */
        @Test
        void anAdministratorChangesAnyBit_butOnlyBelowTheirRank() {
            TestUser admin = fixtures.member(server, "admin");
            fixtures.grant(server, admin, api.post(server.path() + "/roles").as(server.owner())
                    .json(body("name", "admin", "position", 2, "permissions",
                            Permissions.format(Permissions.ADMINISTRATOR)))
                    .send().expect(201).text("id"));

            put(admin, lowerRole, "role", MANAGE_MESSAGES, "0").expect(200);
            assertProblem(put(admin, higherRole, "role", "0", VIEW), 403);
            assertThat(overwrite(higherRole)).isNull();
        }

        private Api.Response put(TestUser caller, String targetId, String type, String allow, String deny) {
            return api.put(overwrites + targetId).as(caller).json(body("type", type, "allow", allow, "deny", deny))
                    .send();
        }

        /** The general channel's overwrite for the target as the owner reads it; null if there is none. */
        private JsonNode overwrite(String targetId) {
            return api.get(server.path() + "/channels").as(server.owner()).send().expect(200).body().path("items")
                    .valueStream().filter(c -> c.path("id").asString().equals(server.generalChannelId()))
                    .findFirst().orElseThrow().path("overwrites").valueStream()
                    .filter(o -> o.path("id").asString().equals(targetId)).findFirst().orElse(null);
        }
    }
}
