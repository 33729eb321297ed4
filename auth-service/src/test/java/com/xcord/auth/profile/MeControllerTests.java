package com.xcord.auth.profile;

import com.xcord.servicekit.test.Api;
import com.xcord.auth.support.IntegrationTest;
import com.xcord.auth.support.Users;
import com.xcord.auth.support.Users.Registered;
import com.xcord.events.EventEnvelope;
import com.xcord.events.auth.AuthEvents;
import com.xcord.events.auth.UserUpdated;
import com.xcord.servicekit.test.TestMedia;
import com.xcord.servicekit.web.VisibleNames;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashMap;
import java.util.Map;

import static com.xcord.servicekit.test.Problems.assertFieldErrors;
import static com.xcord.servicekit.test.Problems.assertFieldError;
import static com.xcord.servicekit.test.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

class MeControllerTests extends IntegrationTest {

    private static final String ME = "/api/v1/me";

    private Map<String, Object> row(Registered user) {
        return db.sql("SELECT display_name, bio, avatar_media_id, status, read_receipts_enabled, version FROM users "
                + "WHERE id = ?").param(Long.parseLong(user.id())).query().singleRow();
    }

    @Nested
    class GetMe {

        @Test
        void returnsTheCallersAccount() {
            Registered alice = Users.register(api, "alice");

            Api.Response response = api.get(ME).token(alice.accessToken()).send();

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.text("id")).isEqualTo(alice.id());
            assertThat(response.text("username")).isEqualTo(alice.username());
            assertThat(response.text("email")).isEqualTo(alice.email());
            assertThat(response.body().propertyNames()).containsExactlyInAnyOrder("id", "username", "email",
                    "displayName", "bio", "avatarMediaId", "status", "readReceiptsEnabled", "createdAt");
        }

        @Test
        void needsAValidAccessToken() {
            assertProblem(api.get(ME).send(), 401);
            assertProblem(api.get(ME).token("not.a.jwt").send(), 401);
        }
    }

    @Nested
    class PatchMe {

        @Test
        void updatesTheGivenFieldsAndPublishesUserUpdated() {
            Registered alice = Users.register(api, "alice");
            String avatar = media().ready(TestMedia.image(Long.parseLong(alice.id())), "avatar").id();

            Api.Response response = api.patch(ME).token(alice.accessToken()).json(Map.of("displayName", "Alice A.",
                    "bio", "hello ✨", "avatarMediaId", avatar, "status", "busy", "readReceiptsEnabled", false))
                    .send();

            assertThat(response.status()).as(response.raw()).isEqualTo(200);
            assertThat(response.text("displayName")).isEqualTo("Alice A.");
            assertThat(response.text("bio")).isEqualTo("hello ✨");
            assertThat(response.text("avatarMediaId")).isEqualTo(avatar);
            assertThat(response.text("status")).isEqualTo("busy");
            assertThat(response.body().path("readReceiptsEnabled").asBoolean()).isFalse();
            assertThat(response.text("username")).isEqualTo(alice.username());
            assertThat(api.get(ME).token(alice.accessToken()).send().body()).isEqualTo(response.body());

            EventEnvelope<UserUpdated> event = awaitEvent(AuthEvents.USER_UPDATED,
                    e -> e.userId().equals(alice.id()));
            assertThat(event.subject()).isEqualTo(alice.id());
            assertThat(event.data().displayName()).isEqualTo("Alice A.");
            assertThat(event.data().avatarMediaId()).isEqualTo(avatar);
            assertThat(event.data().readReceiptsEnabled()).isFalse();
        }

        @Test
        void leavesAbsentFieldsAndClearsTheAvatarWithNull() {
            Registered alice = Users.register(api, "alice");
            String avatar = media().readyImage(Long.parseLong(alice.id())).id();
            api.patch(ME).token(alice.accessToken()).json(Map.of("bio", "keep me", "avatarMediaId", avatar)).send()
                    .expect(200);

            Map<String, Object> clear = new HashMap<>();
            clear.put("avatarMediaId", null);
            Api.Response response = api.patch(ME).token(alice.accessToken()).json(clear).send();

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.body().path("avatarMediaId").isNull()).isTrue();
            assertThat(response.text("bio")).isEqualTo("keep me");
        }

        @Test
        void anAvatarMustBeAnImageTheUserUploadedThatIsReady_elseNothingChanges() {
            Registered alice = Users.register(api, "alice");
            long aliceId = Long.parseLong(alice.id());
            String bobs = media().readyImage(Long.parseLong(Users.register(api, "bob").id())).id();
            String pdf = media().ready(TestMedia.file(aliceId), "attachment").id();
            String failed = media().failed(aliceId);
            var gone = media().readyImage(aliceId);
            media().deleted(gone);

            assertFieldErrors(api.patch(ME).token(alice.accessToken()).json(Map.of("avatarMediaId", bobs)).send(),
                    "avatarMediaId: must be media you uploaded");
            assertFieldErrors(api.patch(ME).token(alice.accessToken())
                    .json(Map.of("avatarMediaId", TestMedia.unknownId())).send(),
                    "avatarMediaId: unknown media, or not processed yet");
            assertFieldErrors(api.patch(ME).token(alice.accessToken()).json(Map.of("avatarMediaId", failed)).send(),
                    "avatarMediaId: media processing failed");
            assertFieldErrors(api.patch(ME).token(alice.accessToken()).json(Map.of("avatarMediaId", pdf)).send(),
                    "avatarMediaId: must be an image");
            assertFieldErrors(api.patch(ME).token(alice.accessToken())
                    .json(Map.of("bio", "not stored", "avatarMediaId", gone.id())).send(),
                    "avatarMediaId: unknown media, or not processed yet");

            Api.Response me = api.get(ME).token(alice.accessToken()).send();
            assertThat(me.body().path("avatarMediaId").isNull()).isTrue();
            assertThat(me.body().path("bio").toString()).doesNotContain("not stored");
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "{\"displayName\":\"\"}", "{\"displayName\":\"   \"}", "{\"displayName\":42}",
                "{\"bio\":\"BIO\"}", "{\"status\":\"STATUS\"}", "{\"avatarMediaId\":\"abc\"}",
                "{\"avatarMediaId\":12}", "{\"readReceiptsEnabled\":\"yes\"}", "{\"email\":\"a@b.c\"}",
                "{\"displayName\":\"ok\",\"surprise\":1}"})
        void badInputIsRefusedAndNothingChanged(String body) {
            Registered alice = Users.register(api, "alice");
            Map<String, Object> before = row(alice);
            String json = body.replace("BIO", "b".repeat(191)).replace("STATUS", "s".repeat(129));

            Api.Response response = api.patch(ME).token(alice.accessToken()).rawJson(json).send();

            assertProblem(response, 400);
            assertThat(response.body().path("errors").size()).isPositive();
            assertThat(row(alice)).isEqualTo(before);
        }

        @Test
        void aBidiOverrideInTheDisplayNameIsRefusedAndNothingChanged_aDecomposedOneIsStoredAsNfc() {
            Registered alice = Users.register(api, "alice");
            Map<String, Object> before = row(alice);

            assertFieldErrors(api.patch(ME).token(alice.accessToken()).json(Map.of("displayName", "\u202Eadmin"))
                    .send(), "displayName: " + VisibleNames.INVISIBLE);
            assertFieldErrors(api.patch(ME).token(alice.accessToken()).json(Map.of("displayName", "adm\u200Bin"))
                    .send(), "displayName: " + VisibleNames.INVISIBLE);
            assertThat(row(alice)).isEqualTo(before);

            Api.Response response = api.patch(ME).token(alice.accessToken()).json(Map.of("displayName", "Zoe\u0308"))
                    .send();
            assertThat(response.status()).as(response.raw()).isEqualTo(200);
            assertThat(response.text("displayName")).isEqualTo("Zoë");
            assertThat(row(alice).get("display_name")).isEqualTo("Zoë");
        }

        @Test
        void anEmptyPatchOrANonObjectIsABadRequest() {
            Registered alice = Users.register(api, "alice");
            Map<String, Object> before = row(alice);

            assertProblem(api.patch(ME).token(alice.accessToken()).rawJson("{}").send(), 400);
            assertProblem(api.patch(ME).token(alice.accessToken()).rawJson("[]").send(), 400);
            assertProblem(api.patch(ME).token(alice.accessToken()).rawJson("{\"bio\":").send(), 400);

            assertThat(row(alice)).isEqualTo(before);
        }

        @Test
        void limitsCountCharactersNotBytes() {
            Registered alice = Users.register(api, "alice");

            Api.Response response = api.patch(ME).token(alice.accessToken())
                    .json(Map.of("bio", "🎉".repeat(190), "displayName", "名".repeat(64))).send();

            assertThat(response.status()).as(response.raw()).isEqualTo(200);
            assertFieldError(api.patch(ME).token(alice.accessToken()).json(Map.of("bio", "🎉".repeat(191))).send(),
                    "bio");
        }

        @Test
        void needsAValidAccessToken() {
            assertProblem(api.patch(ME).json(Map.of("bio", "x")).send(), 401);
        }
    }
}
