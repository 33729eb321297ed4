package com.xcord.server.invite;

import com.xcord.permissions.Permissions;
import com.xcord.servicekit.test.Api;
import com.xcord.server.support.IntegrationTest;
import com.xcord.server.support.TestServer;
import com.xcord.server.support.TestUser;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static com.xcord.servicekit.test.Problems.assertFieldError;
import static com.xcord.servicekit.test.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

class InviteControllerTests extends IntegrationTest {

    private static String invite(String code) {
        return "/api/v1/invites/" + code;
    }

    private long invites(TestServer server) {
        return count("SELECT count(*) FROM invites WHERE server_id = ?", Long.parseLong(server.id()));
    }

    @Nested
    class CreateInvite {

        @Test
        void defaultsToOneDayUnlimitedUses() {
            TestServer server = fixtures.server();
            TestUser bob = fixtures.member(server, "bob");

            Api.Response created = api.post(server.path() + "/invites").as(bob).send().expect(201);

            assertThat(created.text("code")).hasSize(10);
            assertThat(created.body().path("maxUses").asInt()).isZero();
            Instant expires = Instant.parse(created.text("expiresAt"));
            assertThat(Duration.between(Instant.now(), expires)).isBetween(Duration.ofHours(23), Duration.ofHours(25));

            Api.Response forever = api.post(server.path() + "/invites").as(bob)
                    .json(body("maxUses", 5, "maxAgeSeconds", 0)).send().expect(201);
            assertThat(forever.body().path("expiresAt").isNull()).isTrue();
            assertThat(forever.body().path("maxUses").asInt()).isEqualTo(5);
        }

        @Test
        void badInputIs400AndStoresNothing() {
            TestServer server = fixtures.server();
            long before = invites(server);
            assertFieldError(api.post(server.path() + "/invites").as(server.owner()).json(body("maxUses", 101))
                    .send(), "maxUses");
            assertFieldError(api.post(server.path() + "/invites").as(server.owner())
                    .json(body("maxAgeSeconds", 604801)).send(), "maxAgeSeconds");
            assertFieldError(api.post(server.path() + "/invites").as(server.owner()).json(body("maxUses", -1))
                    .send(), "maxUses");
            assertThat(invites(server)).isEqualTo(before);
        }

        @Test
        void needsCreateInvite_strangerIs404_noTokenIs401() {
            TestServer server = fixtures.server();
            TestUser bob = fixtures.member(server, "bob");
            api.patch(server.path() + "/roles/" + server.everyoneRoleId()).as(server.owner())
                    .json(body("permissions", Permissions.format(Permissions.VIEW_CHANNEL))).send().expect(200);
            long before = invites(server);

            assertProblem(api.post(server.path() + "/invites").as(bob).send(), 403);
            assertProblem(api.post(server.path() + "/invites").as(TestUser.named("x")).send(), 404);
            assertNeedsToken(a -> a.post(server.path() + "/invites"));
            assertThat(invites(server)).isEqualTo(before);
        }
    }

    @Nested
    class PreviewInvite {

        @Test
        void anyoneWithTheCodeSeesTheServer() {
            TestServer server = fixtures.server();
            String code = fixtures.invite(server, server.owner());

            Api.Response preview = api.get(invite(code)).as(TestUser.named("visitor")).send().expect(200);

            assertThat(preview.body().path("server").path("id").asString()).isEqualTo(server.id());
            assertThat(preview.body().path("server").path("memberCount").asInt()).isEqualTo(1);
            assertThat(preview.text("inviterId")).isEqualTo(server.owner().idString());
        }

        @Test
        void unknownExpiredUsedUpAndGarbageAre404_noTokenIs401() {
            TestServer server = fixtures.server();
            String expired = fixtures.invite(server, server.owner());
            db.sql("UPDATE invites SET expires_at = now() - interval '1 second' WHERE code = ?").params(expired)
                    .update();
            String usedUp = api.post(server.path() + "/invites").as(server.owner()).json(body("maxUses", 1)).send()
                    .expect(201).text("code");
            api.post(invite(usedUp) + "/accept").as(TestUser.named("first")).send().expect(200);
            TestUser visitor = TestUser.named("visitor");

            assertProblem(api.get(invite("NoSuchCode")).as(visitor).send(), 404);
            assertProblem(api.get(invite(expired)).as(visitor).send(), 404);
            assertProblem(api.get(invite(usedUp)).as(visitor).send(), 404);
            assertProblem(api.get(invite("not-a-code")).as(visitor).send(), 404);
            assertNeedsToken(a -> a.get(invite(expired)));
        }
    }

    @Nested
    class AcceptInvite {

        @Test
        void joinsOnce_countingOneUse() {
            TestServer server = fixtures.server();
            String code = api.post(server.path() + "/invites").as(server.owner()).json(body("maxUses", 2)).send()
                    .expect(201).text("code");
            TestUser bob = TestUser.named("bob");

            Api.Response accepted = api.post(invite(code) + "/accept").as(bob).send().expect(200);
            Api.Response again = api.post(invite(code) + "/accept").as(bob).send().expect(200);

            assertThat(accepted.body().path("joined").asBoolean()).isTrue();
            assertThat(again.body().path("joined").asBoolean()).isFalse();
            assertThat(accepted.body().path("server").path("memberCount").asInt()).isEqualTo(2);
            assertThat(db.sql("SELECT uses FROM invites WHERE code = ?").params(code).query(Integer.class).single())
                    .isEqualTo(1);
            api.get(server.path()).as(bob).send().expect(200);
        }

        @Test
        void aRevokedCodeIs404_noTokenIs401() {
            TestServer server = fixtures.server();
            String code = fixtures.invite(server, server.owner());
            api.delete(invite(code)).as(server.owner()).send().expect(204);
            assertProblem(api.post(invite(code) + "/accept").as(TestUser.named("late")).send(), 404);
            assertNeedsToken(a -> a.post(invite(code) + "/accept"));
        }
    }

    @Nested
    class RevokeInvite {

        @Test
        void itsCreatorOrAManagerMayRevoke() {
            TestServer server = fixtures.server();
            TestUser bob = fixtures.member(server, "bob");
            TestUser carol = fixtures.member(server, "carol");
            TestUser manager = fixtures.memberWith(server, "manager", Permissions.MANAGE_SERVER);
            String bobs = fixtures.invite(server, bob);
            String bobs2 = fixtures.invite(server, bob);

            assertProblem(api.delete(invite(bobs)).as(carol).send(), 403);
            assertProblem(api.delete(invite(bobs)).as(TestUser.named("x")).send(), 404);
            assertNeedsToken(a -> a.delete(invite(bobs)));
            api.delete(invite(bobs)).as(bob).send().expect(204);
            api.delete(invite(bobs2)).as(manager).send().expect(204);
            assertProblem(api.delete(invite(bobs)).as(bob).send(), 404);
        }
    }
}
