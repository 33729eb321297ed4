package com.xcord.notification.settings;

import com.xcord.notification.support.IntegrationTest;
import com.xcord.servicekit.test.Api;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.xcord.servicekit.test.Problems.assertFieldError;
import static com.xcord.servicekit.test.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET|PUT /notifications/settings} through HTTP. */
class SettingsControllerTests extends IntegrationTest {

    private static final String PATH = "/api/v1/notifications/settings";

    @Nested
    class Get {

        @Test
        void theDefaultsShowEveryTypeInTheAppAndTheImportantOnesByEmail() {
            Api.Response settings = api.get(PATH).as(world.user()).send();

            assertThat(settings.status()).isEqualTo(200);
            assertThat(settings.body().path("types").propertyNames()).containsExactly("mention", "reply", "quote",
                    "like", "repost", "follow", "friend_request", "friend_accept", "dm_message", "live_started");
            assertThat(settings.body().path("types").path("like").path("inApp").asBoolean()).isTrue();
            assertThat(settings.body().path("types").path("like").path("email").asBoolean()).isFalse();
            assertThat(settings.body().path("types").path("mention").path("email").asBoolean()).isTrue();
            assertThat(settings.body().path("servers")).isEmpty();
            assertThat(settings.body().path("channels")).isEmpty();
            assertThat(settings.body().path("emailDigest").asBoolean()).isTrue();
        }

        @Test
        void needsAToken() {
            assertThat(api.get(PATH).send().status()).isEqualTo(401);
        }
    }

    @Nested
    class Put {

        @Test
        void changesWhatItNamesAndKeepsTheRest() {
            long user = world.user();
            Api.Response first = api.put(PATH).as(user).json(Map.of(
                    "types", Map.of("like", Map.of("inApp", false, "email", false)),
                    "servers", List.of(Map.of("id", "42", "level", "mentions", "suppressEveryone", true,
                            "mutedUntil", "2030-01-01T00:00:00Z")),
                    "channels", List.of(Map.of("id", "43", "level", "nothing", "mutedUntil", "forever")))).send();
            assertThat(first.status()).as(first.raw()).isEqualTo(200);

            Api.Response second = api.put(PATH).as(user).json(Map.of("emailDigest", false)).send();

            assertThat(second.status()).isEqualTo(200);
            assertThat(second.body().path("types").path("like").path("inApp").asBoolean()).isFalse();
            assertThat(second.body().path("servers").get(0).path("level").asString()).isEqualTo("mentions");
            assertThat(second.body().path("servers").get(0).path("suppressEveryone").asBoolean()).isTrue();
            assertThat(second.body().path("servers").get(0).path("mutedUntil").asString())
                    .isEqualTo("2030-01-01T00:00:00Z");
            assertThat(second.body().path("channels").get(0).path("mutedUntil").asString()).isEqualTo("forever");
            assertThat(second.body().path("emailDigest").asBoolean()).isFalse();
            assertThat(api.get(PATH).as(user).send().body()).isEqualTo(second.body());
        }

        @Test
        void aTypeTurnedOffInTheAppCreatesNothing() {
            long author = world.user();
            assertThat(api.put(PATH).as(author).json(Map.of("types", Map.of("like",
                    Map.of("inApp", false, "email", false)))).send().status()).isEqualTo(200);
            long post = world.post();
            world.like(post, author, world.user());
            long reply = world.reply(post, author, world.user(), "still here");

            notifications.await(author, n -> n.path("subject").path("id").asString().equals(Long.toString(reply)));
            assertThat(notifications.of(author)).hasSize(1);
        }

        @Test
        void inheritWithoutAMuteIsTheDefaultAndNotKept() {
            long user = world.user();
            api.put(PATH).as(user).json(Map.of("servers", List.of(Map.of("id", "42", "level", "nothing")))).send();

            Api.Response reset = api.put(PATH).as(user).json(Map.of("servers", List.of(Map.of("id", "42",
                    "level", "inherit")))).send();

            assertThat(reset.body().path("servers")).isEmpty();
        }

        @Test
        void badInputIsAProblemAndStoresNothing() {
            long user = world.user();
            assertFieldError(api.put(PATH).as(user).json(Map.of("types", Map.of("pokes",
                    Map.of("inApp", true, "email", true)), "servers", List.of(Map.of("id", "42", "level", "all"))))
                    .send(), "types.pokes");
            assertFieldError(api.put(PATH).as(user).json(Map.of("servers", List.of(Map.of("id", "42",
                    "level", "loud")))).send(), "servers[0].level");
            assertFieldError(api.put(PATH).as(user).json(Map.of("channels", List.of(Map.of("id", "43",
                    "level", "all", "mutedUntil", "tomorrow")))).send(), "channels[0].mutedUntil");
            assertFieldError(api.put(PATH).as(user).json(Map.of("servers", List.of(Map.of("id", "x",
                    "level", "all")))).send(), "servers[0].id");
            assertProblem(api.put(PATH).as(user).rawJson("{\"types\": []}").send(), 400);
            assertProblem(api.put(PATH).as(user).json(Map.of("volume", 11)).send(), 400);

            assertThat(count("SELECT count(*) FROM scope_setting WHERE user_id = ?", user)).isZero();
            assertThat(count("SELECT count(*) FROM type_setting WHERE user_id = ?", user)).isZero();
        }

        @Test
        void needsAToken() {
            assertThat(api.put(PATH).json(Map.of()).send().status()).isEqualTo(401);
        }
    }
}
