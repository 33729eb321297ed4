package com.xcord.server.role;

import com.xcord.permissions.Permissions;
import com.xcord.servicekit.test.Api;
import com.xcord.server.support.IntegrationTest;
import com.xcord.server.support.TestServer;
import com.xcord.server.support.TestUser;
import com.xcord.servicekit.web.VisibleNames;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static com.xcord.servicekit.test.Problems.assertFieldErrors;
import static com.xcord.servicekit.test.Problems.assertFieldError;
import static com.xcord.servicekit.test.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

class RoleControllerTests extends IntegrationTest {

    private long roles(TestServer server) {
        return count("SELECT count(*) FROM roles WHERE server_id = ?", Long.parseLong(server.id()));
    }

    private int position(String roleId) {
        return db.sql("SELECT position FROM roles WHERE id = ?").params(Long.parseLong(roleId)).query(Integer.class)
                .single();
    }

    @Nested
    class ListRoles {

        @Test
        void highestFirst_forAnyMember() {
            TestServer server = fixtures.server();
            String low = fixtures.role(server, "low", 0);
            String high = fixtures.role(server, "high", 0);
            TestUser bob = fixtures.member(server, "bob");

            Api.Response list = api.get(server.path() + "/roles").as(bob).send().expect(200);

            // each new role goes in at position 1 and pushes the others up
            assertThat(list.body().path("items").valueStream().map(r -> r.path("id").asString()))
                    .containsExactly(low, high, server.everyoneRoleId());
        }

        @Test
        void strangerIs404_noTokenIs401() {
            TestServer server = fixtures.server();
            assertProblem(api.get(server.path() + "/roles").as(TestUser.named("x")).send(), 404);
            assertNeedsToken(a -> a.get(server.path() + "/roles"));
        }
    }

    @Nested
    class CreateRole {

        @Test
        void withManageRoles_belowTheCallersHighestRole() {
            TestServer server = fixtures.server();
            TestUser manager = fixtures.memberWith(server, "manager", Permissions.MANAGE_ROLES | Permissions.KICK_MEMBERS);

            Api.Response created = api.post(server.path() + "/roles").as(manager)
                    .json(body("name", "helpers", "permissions", Permissions.format(Permissions.KICK_MEMBERS),
                            "color", 0xff00ff, "mentionable", true))
                    .send();

            assertThat(created.status()).as(created.raw()).isEqualTo(201);
            assertThat(created.text("permissions")).isEqualTo("2");
            assertThat(created.body().path("position").asInt()).isEqualTo(1);
            assertThat(created.body().path("mentionable").asBoolean()).isTrue();
            // the manager's own role moved up to stay above it
            assertThat(api.get(server.path() + "/members/" + manager.id()).as(manager).send().body()
                    .path("roleIds").get(0).asString()).satisfies(id -> assertThat(position(id)).isEqualTo(2));
        }

        @Test
        void badInputIs400AndStoresNothing() {
            TestServer server = fixtures.server();
            long before = roles(server);
            assertFieldError(api.post(server.path() + "/roles").as(server.owner()).json(body("name", "")).send(),
                    "name");
            assertFieldError(api.post(server.path() + "/roles").as(server.owner())
                    .json(body("name", "x", "permissions", "lots")).send(), "permissions");
            assertFieldError(api.post(server.path() + "/roles").as(server.owner())
                    .json(body("name", "x", "color", 0x1000000)).send(), "color");
            assertThat(roles(server)).isEqualTo(before);
        }

        @Test
        void aBidiOverrideInTheNameIs400AndStoresNothing_aDecomposedNameIsStoredAsNfc() {
            TestServer server = fixtures.server();
            long before = roles(server);

            assertFieldErrors(api.post(server.path() + "/roles").as(server.owner())
                    .json(body("name", "\u202Enimda")).send(), "name: " + VisibleNames.INVISIBLE);
            assertThat(roles(server)).isEqualTo(before);

            Api.Response created = api.post(server.path() + "/roles").as(server.owner())
                    .json(body("name", "cafe\u0301")).send().expect(201);
            assertThat(created.text("name")).isEqualTo("café");
            assertThat(count("SELECT count(*) FROM roles WHERE name = ? AND id = ?", "café",
                    Long.parseLong(created.text("id")))).isEqualTo(1);
        }

        @Test
        void withoutManageRoles403_cannotGrantWhatItLacks403_strangerIs404() {
            TestServer server = fixtures.server();
            TestUser bob = fixtures.member(server, "bob");
            TestUser manager = fixtures.memberWith(server, "manager", Permissions.MANAGE_ROLES);
            long before = roles(server);

            assertProblem(api.post(server.path() + "/roles").as(bob).json(body("name", "x")).send(), 403);
            assertProblem(api.post(server.path() + "/roles").as(manager)
                    .json(body("name", "x", "permissions", Permissions.format(Permissions.ADMINISTRATOR))).send(), 403);
            assertProblem(api.post(server.path() + "/roles").as(manager).json(body("name", "x", "position", 5))
                    .send(), 403);
            assertProblem(api.post(server.path() + "/roles").as(TestUser.named("x")).json(body("name", "x")).send(),
                    404);
            assertNeedsToken(a -> a.post(server.path() + "/roles").json(body("name", "x")));
            assertThat(roles(server)).isEqualTo(before);
        }
    }

    @Nested
    class UpdateRole {

        @Test
        void ownerEditsAnyRole_includingEveryonesPermissions() {
            TestServer server = fixtures.server();
            String role = fixtures.role(server, "r", 0);

            api.patch(server.path() + "/roles/" + role).as(server.owner())
                    .json(body("name", "renamed", "permissions", "8192", "position", 3)).send().expect(200);
            Api.Response everyone = api.patch(server.path() + "/roles/" + server.everyoneRoleId()).as(server.owner())
                    .json(body("permissions", Permissions.format(Permissions.VIEW_CHANNEL))).send().expect(200);

            assertThat(position(role)).isEqualTo(3);
            assertThat(everyone.text("permissions")).isEqualTo("1024");
        }

        @Test
        void badInputIs400() {
            TestServer server = fixtures.server();
            String role = fixtures.role(server, "r", 0);
            assertFieldError(api.patch(server.path() + "/roles/" + role).as(server.owner())
                    .json(body("permissions", "x")).send(), "permissions");
            assertProblem(api.patch(server.path() + "/roles/" + server.everyoneRoleId()).as(server.owner())
                    .json(body("name", "all")).send(), 400);
            assertThat(db.sql("SELECT name FROM roles WHERE id = ?").params(Long.parseLong(role)).query(String.class)
                    .single()).isEqualTo("r");
        }

        @Test
        void aManagerCannotRemoveFromALowerRoleAPermissionTheyDoNotHave() {
            TestServer server = fixtures.server();
            TestUser manager = fixtures.memberWith(server, "manager", Permissions.MANAGE_ROLES);
            String lower = fixtures.role(server, "lower", Permissions.BAN_MEMBERS | Permissions.SEND_MESSAGES);

            // the manager holds SEND_MESSAGES (@everyone's default) but not BAN_MEMBERS
            assertProblem(api.patch(server.path() + "/roles/" + lower).as(manager)
                    .json(body("permissions", Permissions.format(Permissions.SEND_MESSAGES))).send(), 403);
            assertThat(db.sql("SELECT permissions FROM roles WHERE id = ?").params(Long.parseLong(lower))
                    .query(Long.class).single()).isEqualTo(Permissions.BAN_MEMBERS | Permissions.SEND_MESSAGES);
            api.patch(server.path() + "/roles/" + lower).as(manager)
                    .json(body("permissions", Permissions.format(Permissions.BAN_MEMBERS))).send().expect(200);
        }

        @Test
        void aBidiOverrideInTheNameIs400AndChangesNothing_aDecomposedNameIsStoredAsNfc() {
            TestServer server = fixtures.server();
            String role = fixtures.role(server, "r", 0);

            assertFieldErrors(api.patch(server.path() + "/roles/" + role).as(server.owner())
                    .json(body("name", "mod\u2067")).send(), "name: " + VisibleNames.INVISIBLE);
            assertThat(api.patch(server.path() + "/roles/" + role).as(server.owner())
                    .json(body("name", "cafe\u0301")).send().expect(200).text("name")).isEqualTo("café");
            assertThat(count("SELECT count(*) FROM roles WHERE name = ? AND id = ?", "café", Long.parseLong(role)))
                    .isEqualTo(1);
        }

        @Test
        void hierarchy_noRoleAtOrAboveYourOwn() {
            TestServer server = fixtures.server();
            TestUser manager = fixtures.memberWith(server, "manager", Permissions.MANAGE_ROLES);
            String lower = fixtures.role(server, "lower", 0);
            String managerRole = api.get(server.path() + "/members/" + manager.id()).as(manager).send().body()
                    .path("roleIds").get(0).asString();
            String higher = api.post(server.path() + "/roles").as(server.owner()).json(body("name", "higher",
                    "position", position(managerRole) + 1)).send().expect(201).text("id");

            api.patch(server.path() + "/roles/" + lower).as(manager).json(body("name", "ok")).send().expect(200);
            assertProblem(api.patch(server.path() + "/roles/" + managerRole).as(manager).json(body("name", "mine"))
                    .send(), 403);
            assertProblem(api.patch(server.path() + "/roles/" + higher).as(manager).json(body("name", "no")).send(),
                    403);
            assertProblem(api.patch(server.path() + "/roles/" + lower).as(manager).json(body("position", 99)).send(),
                    403);
            assertProblem(api.patch(server.path() + "/roles/" + lower).as(fixtures.member(server, "bob"))
                    .json(body("name", "no")).send(), 403);
            assertProblem(api.patch(server.path() + "/roles/" + lower).as(TestUser.named("x"))
                    .json(body("name", "no")).send(), 404);
            assertNeedsToken(a -> a.patch(server.path() + "/roles/" + lower).json(body("name", "no")));
        }
    }

    @Nested
    class DeleteRole {

        @Test
        void removesItFromMembersToo() {
            TestServer server = fixtures.server();
            TestUser bob = fixtures.member(server, "bob");
            String role = fixtures.role(server, "r", 0);
            fixtures.grant(server, bob, role);

            api.delete(server.path() + "/roles/" + role).as(server.owner()).send().expect(204);

            assertThat(api.get(server.path() + "/members/" + bob.id()).as(bob).send().body().path("roleIds"))
                    .isEmpty();
        }

        @Test
        void everyoneCannotBeDeleted_othersNeedPermissionAndRank() {
            TestServer server = fixtures.server();
            String role = fixtures.role(server, "r", 0);
            TestUser bob = fixtures.member(server, "bob");
            assertProblem(api.delete(server.path() + "/roles/" + server.everyoneRoleId()).as(server.owner()).send(),
                    400);
            assertProblem(api.delete(server.path() + "/roles/" + role).as(bob).send(), 403);
            assertProblem(api.delete(server.path() + "/roles/" + role).as(TestUser.named("x")).send(), 404);
            assertProblem(api.delete(server.path() + "/roles/777").as(server.owner()).send(), 404);
            assertNeedsToken(a -> a.delete(server.path() + "/roles/" + role));
            assertThat(roles(server)).isEqualTo(2);
        }
    }
}
