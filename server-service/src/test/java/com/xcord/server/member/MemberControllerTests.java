package com.xcord.server.member;

import com.xcord.permissions.Permissions;
import com.xcord.servicekit.test.Api;
import com.xcord.server.support.IntegrationTest;
import com.xcord.server.support.TestServer;
import com.xcord.server.support.TestUser;
import com.xcord.servicekit.web.VisibleNames;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static com.xcord.servicekit.test.Problems.assertFieldErrors;
import static com.xcord.servicekit.test.Problems.assertFieldError;
import static com.xcord.servicekit.test.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

class MemberControllerTests extends IntegrationTest {

    private boolean isMember(TestServer server, TestUser user) {
        return count("SELECT count(*) FROM members WHERE server_id = ? AND user_id = ?", Long.parseLong(server.id()),
                user.id()) == 1;
    }

    private int memberCount(TestServer server) {
        return api.get(server.path()).as(server.owner()).send().body().path("memberCount").asInt();
    }

    @Nested
    class ListMembers {

        @Test
        void pagedByUserId() {
            TestServer server = fixtures.server();
            List<String> ids = new ArrayList<>(List.of(server.owner().idString()));
            for (int i = 0; i < 3; i++) {
                ids.add(fixtures.member(server, "m" + i).idString());
            }

            Api.Response first = api.get(server.path() + "/members?limit=3&after=0").as(server.owner()).send();
            // after=0 is not a valid id: ids are positive
            assertProblem(first, 400);
            Api.Response page = api.get(server.path() + "/members?limit=3").as(server.owner()).send().expect(200);
            Api.Response rest = api.get(server.path() + "/members?limit=3&before=" + page.text("nextCursor"))
                    .as(server.owner()).send().expect(200);

            List<String> seen = new ArrayList<>();
            page.body().path("items").forEach(m -> seen.add(m.path("userId").asString()));
            rest.body().path("items").forEach(m -> seen.add(m.path("userId").asString()));
            java.util.Collections.reverse(ids);
            assertThat(seen).containsExactlyElementsOf(ids);
            assertThat(rest.body().path("nextCursor").isNull()).isTrue();
        }

        @Test
        void strangerIs404_noTokenIs401_badLimitIs400() {
            TestServer server = fixtures.server();
            assertProblem(api.get(server.path() + "/members").as(TestUser.named("x")).send(), 404);
            assertNeedsToken(a -> a.get(server.path() + "/members"));
            assertFieldError(api.get(server.path() + "/members?limit=101").as(server.owner()).send(), "limit");
        }
    }

    @Nested
    class LeaveOrKick {

        @Test
        void aMemberLeaves() {
            TestServer server = fixtures.server();
            TestUser bob = fixtures.member(server, "bob");

            api.delete(server.path() + "/members/" + bob.id()).as(bob).send().expect(204);

            assertThat(isMember(server, bob)).isFalse();
            assertThat(memberCount(server)).isEqualTo(1);
            assertProblem(api.get(server.path()).as(bob).send(), 404);
        }

        @Test
        void theOwnerCannotLeave() {
            TestServer server = fixtures.server();
            assertProblem(api.delete(server.path() + "/members/" + server.owner().id()).as(server.owner()).send(),
                    400);
        }

        @Test
        void kickNeedsKickMembersAndAHigherRole() {
            TestServer server = fixtures.server();
            TestUser bob = fixtures.member(server, "bob");
            TestUser carol = fixtures.member(server, "carol");
            TestUser mod = fixtures.memberWith(server, "mod", Permissions.KICK_MEMBERS);
            TestUser otherMod = fixtures.memberWith(server, "mod2", Permissions.KICK_MEMBERS);

            assertProblem(api.delete(server.path() + "/members/" + carol.id()).as(bob).send(), 403);
            // mod2's role was created after mod's, so it sits below: mod2 cannot kick mod
            assertProblem(api.delete(server.path() + "/members/" + mod.id()).as(otherMod).send(), 403);
            assertProblem(api.delete(server.path() + "/members/" + server.owner().id()).as(mod).send(), 403);
            assertProblem(api.delete(server.path() + "/members/" + carol.id()).as(TestUser.named("x")).send(), 404);
            assertProblem(api.delete(server.path() + "/members/" + TestUser.named("y").id()).as(mod).send(), 404);
            assertNeedsToken(a -> a.delete(server.path() + "/members/" + carol.id()));
            assertThat(isMember(server, carol)).isTrue();

            api.delete(server.path() + "/members/" + otherMod.id()).as(mod).send().expect(204);
            api.delete(server.path() + "/members/" + carol.id()).as(mod).send().expect(204);
            assertThat(isMember(server, carol)).isFalse();
            assertThat(isMember(server, otherMod)).isFalse();
            // a kicked user may come back through an invite
            fixtures.join(server, carol);
            assertThat(isMember(server, carol)).isTrue();
        }
    }

    @Nested
    class UpdateMember {

        @Test
        void ownNicknameWithChangeNickname_othersWithManageNicknames() {
            TestServer server = fixtures.server();
            TestUser bob = fixtures.member(server, "bob");
            TestUser carol = fixtures.member(server, "carol");

            assertThat(api.patch(server.path() + "/members/" + bob.id()).as(bob).json(body("nickname", "bobby"))
                    .send().expect(200).text("nickname")).isEqualTo("bobby");
            assertProblem(api.patch(server.path() + "/members/" + carol.id()).as(bob).json(body("nickname", "c"))
                    .send(), 403);
            api.patch(server.path() + "/members/" + carol.id()).as(server.owner()).json(body("nickname", null))
                    .send().expect(200);
            assertFieldError(api.patch(server.path() + "/members/" + bob.id()).as(bob)
                    .json(body("nickname", "x".repeat(33))).send(), "nickname");
            assertProblem(api.patch(server.path() + "/members/" + bob.id()).as(TestUser.named("x"))
                    .json(body("nickname", "x")).send(), 404);
            assertNeedsToken(a -> a.patch(server.path() + "/members/" + bob.id()).json(body("nickname", "x")));
            assertThat(api.get(server.path() + "/members/" + bob.id()).as(bob).send().text("nickname"))
                    .isEqualTo("bobby");
        }

        @Test
        void aBidiOverrideInTheNicknameIs400AndChangesNothing_aDecomposedNicknameIsStoredAsNfc() {
            TestServer server = fixtures.server();
            TestUser bob = fixtures.member(server, "bob");
            String path = server.path() + "/members/" + bob.id();

            assertFieldErrors(api.patch(path).as(bob).json(body("nickname", "\u202Eowner")).send(),
                    "nickname: " + VisibleNames.INVISIBLE);
            assertThat(api.get(path).as(bob).send().body().path("nickname").isNull()).isTrue();

            assertThat(api.patch(path).as(bob).json(body("nickname", "Zoe\u0308")).send().expect(200)
                    .text("nickname")).isEqualTo("Zoë");
            assertThat(count("SELECT count(*) FROM members WHERE nickname = ? AND user_id = ?", "Zoë", bob.id()))
                    .isEqualTo(1);
        }
    }

    @Nested
    class MemberRoles {

        @Test
        void assignAndRemove() {
            TestServer server = fixtures.server();
            TestUser bob = fixtures.member(server, "bob");
            String role = fixtures.role(server, "r", Permissions.KICK_MEMBERS);
            String path = server.path() + "/members/" + bob.id() + "/roles/" + role;

            api.put(path).as(server.owner()).send().expect(204);
            api.put(path).as(server.owner()).send().expect(204);
            assertThat(api.get(server.path() + "/members/" + bob.id()).as(bob).send().body().path("roleIds")
                    .valueStream().map(n -> n.asString())).containsExactly(role);

            api.delete(path).as(server.owner()).send().expect(204);
            assertThat(api.get(server.path() + "/members/" + bob.id()).as(bob).send().body().path("roleIds"))
                    .isEmpty();
        }

        @Test
        void needsManageRolesAndAHigherRole_unknownsAre404() {
            TestServer server = fixtures.server();
            TestUser bob = fixtures.member(server, "bob");
            TestUser manager = fixtures.memberWith(server, "manager", Permissions.MANAGE_ROLES);
            String below = fixtures.role(server, "below", 0);
            String managerRole = api.get(server.path() + "/members/" + manager.id()).as(manager).send().body()
                    .path("roleIds").get(0).asString();
            String base = server.path() + "/members/" + bob.id() + "/roles/";

            api.put(base + below).as(manager).send().expect(204);
            assertProblem(api.put(base + managerRole).as(manager).send(), 403);
            assertProblem(api.put(base + below).as(bob).send(), 403);
            assertProblem(api.put(base + server.everyoneRoleId()).as(server.owner()).send(), 400);
            assertProblem(api.put(base + "424242").as(server.owner()).send(), 404);
            assertProblem(api.put(server.path() + "/members/" + TestUser.named("z").id() + "/roles/" + below)
                    .as(server.owner()).send(), 404);
            assertProblem(api.put(base + below).as(TestUser.named("x")).send(), 404);
            assertNeedsToken(a -> a.put(base + below));
        }
    }

    @Nested
    class Bans {

        @Test
        void aBanRemovesTheMemberAndBlocksRejoining_untilUnbanned() {
            TestServer server = fixtures.server();
            TestUser bob = fixtures.member(server, "bob");
            String code = fixtures.invite(server, server.owner());

            api.put(server.path() + "/bans/" + bob.id()).as(server.owner()).json(body("reason", "spam")).send()
                    .expect(204);

            assertThat(isMember(server, bob)).isFalse();
            assertThat(memberCount(server)).isEqualTo(1);
            assertProblem(api.post("/api/v1/invites/" + code + "/accept").as(bob).send(), 403);
            Api.Response bans = api.get(server.path() + "/bans").as(server.owner()).send().expect(200);
            assertThat(bans.body().path("items")).singleElement().satisfies(b -> {
                assertThat(b.path("userId").asString()).isEqualTo(bob.idString());
                assertThat(b.path("reason").asString()).isEqualTo("spam");
            });

            api.delete(server.path() + "/bans/" + bob.id()).as(server.owner()).send().expect(204);
            api.post("/api/v1/invites/" + code + "/accept").as(bob).send().expect(200);
            assertThat(isMember(server, bob)).isTrue();
        }

        @Test
        void aNonMemberCanBeBannedInAdvance() {
            TestServer server = fixtures.server();
            TestUser troll = users.registered("troll");
            api.put(server.path() + "/bans/" + troll.id()).as(server.owner()).send().expect(204);
            String code = fixtures.invite(server, server.owner());
            assertProblem(api.post("/api/v1/invites/" + code + "/accept").as(troll).send(), 403);
        }

        /** Issue 12, finding 9: an id auth-service never announced and no member has is no user. */
        @Test
        void banningAnIdNobodyHasIs404_andStoresNothing() {
            TestServer server = fixtures.server();
            TestUser ghost = TestUser.named("ghost");

            Api.Response madeUp = api.put(server.path() + "/bans/999999999999999999").as(server.owner()).send();
            Api.Response unannounced = api.put(server.path() + "/bans/" + ghost.id()).as(server.owner())
                    .json(body("reason", "spam")).send();

            assertProblem(madeUp, 404);
            assertProblem(unannounced, 404);
            assertThat(madeUp.text("detail")).isEqualTo("User not found");
            assertThat(madeUp.text("type")).isEqualTo(
                    api.get(server.path() + "/members/" + ghost.id()).as(server.owner()).send().text("type"));
            assertThat(count("SELECT count(*) FROM bans WHERE server_id = ?", Long.parseLong(server.id()))).isZero();
        }

        /** A member exists whatever the projection knows: a ban right after a registration is not refused. */
        @Test
        void aMemberIsBannableBeforeTheProjectionKnowsThem() {
            TestServer server = fixtures.server();
            TestUser bob = fixtures.member(server, "bob");
            assertThat(users.isKnown(bob.id())).isFalse();

            api.put(server.path() + "/bans/" + bob.id()).as(server.owner()).send().expect(204);
            assertThat(isMember(server, bob)).isFalse();
        }

        @Test
        void needsBanMembersAndAHigherRole() {
            TestServer server = fixtures.server();
            TestUser bob = fixtures.member(server, "bob");
            TestUser mod = fixtures.memberWith(server, "mod", Permissions.BAN_MEMBERS);
            TestUser higher = fixtures.memberWith(server, "higher", 0);
            // "higher"'s role was created after mod's and went in at 1: move it above mod's
            String higherRole = api.get(server.path() + "/members/" + higher.id()).as(higher).send().body()
                    .path("roleIds").get(0).asString();
            api.patch(server.path() + "/roles/" + higherRole).as(server.owner()).json(body("position", 50)).send()
                    .expect(200);

            assertProblem(api.put(server.path() + "/bans/" + mod.id()).as(bob).send(), 403);
            assertProblem(api.put(server.path() + "/bans/" + higher.id()).as(mod).send(), 403);
            assertProblem(api.put(server.path() + "/bans/" + server.owner().id()).as(mod).send(), 403);
            assertProblem(api.put(server.path() + "/bans/" + mod.id()).as(mod).send(), 400);
            assertFieldError(api.put(server.path() + "/bans/" + bob.id()).as(mod)
                    .json(body("reason", "x".repeat(513))).send(), "reason");
            assertProblem(api.put(server.path() + "/bans/" + bob.id()).as(TestUser.named("x")).send(), 404);
            assertProblem(api.get(server.path() + "/bans").as(bob).send(), 403);
            assertProblem(api.delete(server.path() + "/bans/" + bob.id()).as(mod).send(), 404);
            assertNeedsToken(a -> a.put(server.path() + "/bans/" + bob.id()));
            assertThat(count("SELECT count(*) FROM bans WHERE server_id = ?", Long.parseLong(server.id()))).isZero();

            api.put(server.path() + "/bans/" + bob.id()).as(mod).send().expect(204);
            assertProblem(api.delete(server.path() + "/bans/" + bob.id()).as(higher).send(), 403);
        }
    }
}
