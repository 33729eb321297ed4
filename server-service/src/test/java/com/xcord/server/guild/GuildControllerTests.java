package com.xcord.server.guild;

import com.xcord.permissions.Permissions;
import com.xcord.servicekit.test.Api;
import com.xcord.servicekit.test.TestMedia;
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

class GuildControllerTests extends IntegrationTest {

    private static final String SERVERS = "/api/v1/servers";

    @Nested
    class CreateServer {

        @Test
        void creatorOwnsItWithEveryoneRoleAndGeneralChannel() {
            TestUser alice = TestUser.named("alice");
            String icon = media().ready(TestMedia.image(alice.id()), "icon").id();

            Api.Response created = api.post(SERVERS).as(alice)
                    .json(body("name", "  Alice's place ", "description", "hi", "iconMediaId", icon)).send();

            assertThat(created.status()).as(created.raw()).isEqualTo(201);
            String id = created.text("id");
            assertThat(created.text("name")).isEqualTo("Alice's place");
            assertThat(created.text("ownerId")).isEqualTo(alice.idString());
            assertThat(created.text("iconMediaId")).isEqualTo(icon);
            assertThat(created.body().path("memberCount").asInt()).isEqualTo(1);
            assertThat(created.text("createdAt")).endsWith("Z");

            Api.Response roles = api.get(SERVERS + "/" + id + "/roles").as(alice).send().expect(200);
            assertThat(roles.body().path("items")).singleElement().satisfies(role -> {
                assertThat(role.path("id").asString()).isEqualTo(id);
                assertThat(role.path("name").asString()).isEqualTo("@everyone");
                assertThat(role.path("permissions").asString())
                        .isEqualTo(Permissions.format(Permissions.DEFAULT_EVERYONE));
            });
            Api.Response channels = api.get(SERVERS + "/" + id + "/channels").as(alice).send().expect(200);
            assertThat(channels.body().path("items")).singleElement()
                    .satisfies(c -> assertThat(c.path("name").asString()).isEqualTo("general"));
            assertThat(count("SELECT count(*) FROM members WHERE server_id = ?", Long.parseLong(id))).isEqualTo(1);
        }

        @Test
        void aRetryWithTheSameIdempotencyKeyCreatesNothing() {
            TestUser alice = TestUser.named("alice");

            Api.Response first = api.post(SERVERS).as(alice).header("Idempotency-Key", "k-1")
                    .json(body("name", "Once")).send().expect(201);
            Api.Response retry = api.post(SERVERS).as(alice).header("Idempotency-Key", "k-1")
                    .json(body("name", "Once")).send().expect(201);

            assertThat(retry.text("id")).isEqualTo(first.text("id"));
            assertThat(retry.header("Idempotency-Replayed")).isEqualTo("true");
            assertThat(count("SELECT count(*) FROM servers WHERE owner_id = ?", alice.id())).isEqualTo(1);
        }

        @Test
        void badInputIs400AndStoresNothing() {
            TestUser alice = TestUser.named("alice");

            assertFieldError(api.post(SERVERS).as(alice).json(body("name", "x")).send(), "name");
            assertFieldError(api.post(SERVERS).as(alice).json(body("name", "a".repeat(101))).send(), "name");
            assertFieldError(api.post(SERVERS).as(alice).json(body()).send(), "name");
            assertFieldError(api.post(SERVERS).as(alice).json(body("name", "ok", "iconMediaId", "nope")).send(),
                    "iconMediaId");
            assertProblem(api.post(SERVERS).as(alice).rawJson("{").send(), 400);

            assertThat(count("SELECT count(*) FROM servers WHERE owner_id = ?", alice.id())).isZero();
        }

        @Test
        void nulInTheNameIsA400NotA500AndStoresNothing() {
            TestUser alice = TestUser.named("alice");

            assertFieldError(api.post(SERVERS).as(alice).json(body("name", "a\u0000b")).send(), "name");

            assertThat(count("SELECT count(*) FROM servers WHERE owner_id = ?", alice.id())).isZero();
        }

        @Test
        void aBidiOverrideInTheNameIs400AndStoresNothing_aDecomposedNameIsStoredAsNfc() {
            TestUser alice = TestUser.named("alice");

            assertFieldErrors(api.post(SERVERS).as(alice).json(body("name", "\u202Eadmin")).send(),
                    "name: " + VisibleNames.INVISIBLE);
            assertThat(count("SELECT count(*) FROM servers WHERE owner_id = ?", alice.id())).isZero();

            Api.Response created = api.post(SERVERS).as(alice).json(body("name", "Cafe\u0301")).send().expect(201);
            assertThat(created.text("name")).isEqualTo("Café");
            assertThat(count("SELECT count(*) FROM servers WHERE name = ? AND owner_id = ?", "Café", alice.id()))
                    .isEqualTo(1);
        }

        @Test
        void everyBadFieldIsReportedAtOnce_withItsMessage() {
            TestUser alice = TestUser.named("alice");

            Api.Response refused = api.post(SERVERS).as(alice)
                    .json(body("name", "x", "description", "d".repeat(1001), "iconMediaId", "nope")).send();

            assertProblem(refused, 400);
            assertThat(refused.body().path("errors").valueStream()
                    .map(e -> e.path("field").asString() + ": " + e.path("message").asString()))
                    .containsExactlyInAnyOrder("name: must be 2 to 100 characters",
                            "description: must be 1 to 1000 characters", "iconMediaId: must be an id");
            assertThat(count("SELECT count(*) FROM servers WHERE owner_id = ?", alice.id())).isZero();
        }

        @Test
        void needsAToken() {
            assertNeedsToken(a -> a.post(SERVERS).json(body("name", "guild")));
        }
    }

    @Nested
    class ListMine {

        @Test
        void onlyServersIAmIn_newestFirst_paged() {
            TestUser alice = TestUser.named("alice");
            List<String> mine = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                mine.add(fixtures.server(alice).id());
            }
            fixtures.server();

            Api.Response first = api.get(SERVERS + "?limit=2").as(alice).send().expect(200);
            assertThat(first.body().path("items").valueStream().map(s -> s.path("id").asString()))
                    .containsExactly(mine.get(2), mine.get(1));
            Api.Response second = api.get(SERVERS + "?limit=2&before=" + first.text("nextCursor")).as(alice).send()
                    .expect(200);
            assertThat(second.body().path("items").valueStream().map(s -> s.path("id").asString()))
                    .containsExactly(mine.get(0));
            assertThat(second.body().path("nextCursor").isNull()).isTrue();
        }

        @Test
        void badLimitIs400() {
            assertFieldError(api.get(SERVERS + "?limit=0").as(TestUser.named("a")).send(), "limit");
        }

        @Test
        void needsAToken() {
            assertNeedsToken(a -> a.get(SERVERS));
        }
    }

    @Nested
    class GetServer {

        @Test
        void membersSeeIt() {
            TestServer server = fixtures.server();
            TestUser bob = fixtures.member(server, "bob");

            Api.Response got = api.get(server.path()).as(bob).send().expect(200);

            assertThat(got.text("id")).isEqualTo(server.id());
            assertThat(got.body().path("memberCount").asInt()).isEqualTo(2);
        }

        @Test
        void nonMembersAndUnknownIdsAre404() {
            TestServer server = fixtures.server();
            assertProblem(api.get(server.path()).as(TestUser.named("stranger")).send(), 404);
            assertProblem(api.get(SERVERS + "/123456").as(server.owner()).send(), 404);
            assertProblem(api.get(SERVERS + "/abc").as(server.owner()).send(), 400);
        }

        @Test
        void needsAToken() {
            TestServer server = fixtures.server();
            assertNeedsToken(a -> a.get(server.path()));
        }
    }

    @Nested
    class UpdateServer {

        @Test
        void withManageServer() {
            TestServer server = fixtures.server();
            TestUser manager = fixtures.memberWith(server, "manager", Permissions.MANAGE_SERVER);

            Api.Response updated = api.patch(server.path()).as(manager)
                    .json(body("name", "Renamed", "description", null)).send().expect(200);

            assertThat(updated.text("name")).isEqualTo("Renamed");
            assertThat(updated.body().path("description").isNull()).isTrue();
            assertThat(api.get(server.path()).as(manager).send().text("name")).isEqualTo("Renamed");
        }

        @Test
        void badInputIs400AndChangesNothing() {
            TestServer server = fixtures.server();
            assertFieldError(api.patch(server.path()).as(server.owner()).json(body("name", "")).send(), "name");
            assertFieldError(api.patch(server.path()).as(server.owner()).json(body("name", null)).send(), "name");
            assertFieldError(api.patch(server.path()).as(server.owner()).json(body("ownerId", "x")).send(),
                    "ownerId");
            assertProblem(api.patch(server.path()).as(server.owner()).rawJson("[1]").send(), 400);
            assertThat(api.get(server.path()).as(server.owner()).send().text("name")).startsWith("Guild");
        }

        @Test
        void aBidiOverrideInTheNameIs400AndChangesNothing_aDecomposedNameIsStoredAsNfc() {
            TestServer server = fixtures.server();

            assertFieldErrors(api.patch(server.path()).as(server.owner()).json(body("name", "Guild\u2066x")).send(),
                    "name: " + VisibleNames.INVISIBLE);
            assertThat(api.get(server.path()).as(server.owner()).send().text("name")).isEqualTo(
                    "Guild " + server.owner().name());

            Api.Response updated = api.patch(server.path()).as(server.owner()).json(body("name", "Cafe\u0301"))
                    .send().expect(200);
            assertThat(updated.text("name")).isEqualTo("Café");
            assertThat(count("SELECT count(*) FROM servers WHERE name = ? AND id = ?", "Café",
                    Long.parseLong(server.id()))).isEqualTo(1);
        }

        @Test
        void everyBadFieldOfAPatchIsReportedAtOnce() {
            TestServer server = fixtures.server();

            Api.Response refused = api.patch(server.path()).as(server.owner())
                    .json(body("name", null, "description", 5, "ownerId", "x")).send();

            assertProblem(refused, 400);
            assertThat(refused.body().path("errors").valueStream()
                    .map(e -> e.path("field").asString() + ": " + e.path("message").asString()))
                    .containsExactlyInAnyOrder("name: must not be null", "description: must be a string",
                            "ownerId: must be an id");
        }

        @Test
        void memberWithoutManageServerIs403_strangerIs404() {
            TestServer server = fixtures.server();
            TestUser bob = fixtures.member(server, "bob");
            assertProblem(api.patch(server.path()).as(bob).json(body("name", "Mine")).send(), 403);
            assertProblem(api.patch(server.path()).as(TestUser.named("x")).json(body("name", "Mine")).send(), 404);
        }

        @Test
        void ownerTransfersOwnership_toAMemberOnly() {
            TestServer server = fixtures.server();
            TestUser bob = fixtures.member(server, "bob");
            TestUser manager = fixtures.memberWith(server, "manager", Permissions.MANAGE_SERVER);

            assertProblem(api.patch(server.path()).as(manager).json(body("ownerId", manager.idString())).send(), 403);
            assertFieldError(api.patch(server.path()).as(server.owner())
                    .json(body("ownerId", TestUser.named("stranger").idString())).send(), "ownerId");

            api.patch(server.path()).as(server.owner()).json(body("ownerId", bob.idString())).send().expect(200);

            assertThat(api.get(server.path()).as(bob).send().text("ownerId")).isEqualTo(bob.idString());
            // the former owner is now an ordinary member
            assertProblem(api.delete(server.path()).as(server.owner()).send(), 403);
        }

        @Test
        void needsAToken() {
            TestServer server = fixtures.server();
            assertNeedsToken(a -> a.patch(server.path()).json(body("name", "x1")));
        }
    }

    @Nested
    class DeleteServer {

        @Test
        void ownerDeletesEverything() {
            TestServer server = fixtures.server();
            fixtures.message(server, server.owner(), "hello");

            api.delete(server.path()).as(server.owner()).send().expect(204);

            assertProblem(api.get(server.path()).as(server.owner()).send(), 404);
            long id = Long.parseLong(server.id());
            assertThat(count("SELECT count(*) FROM channels WHERE server_id = ?", id)).isZero();
            assertThat(count("SELECT count(*) FROM messages WHERE server_id = ?", id)).isZero();
        }

        @Test
        void onlyTheOwner_evenAnAdministratorIs403() {
            TestServer server = fixtures.server();
            TestUser admin = fixtures.memberWith(server, "admin", Permissions.ADMINISTRATOR);
            assertProblem(api.delete(server.path()).as(admin).send(), 403);
            assertProblem(api.delete(server.path()).as(TestUser.named("x")).send(), 404);
            api.get(server.path()).as(admin).send().expect(200);
        }

        @Test
        void needsAToken() {
            TestServer server = fixtures.server();
            assertNeedsToken(a -> a.delete(server.path()));
        }
    }
}
