package com.xcord.auth.account;

import com.xcord.servicekit.test.Api;
import com.xcord.auth.support.IntegrationTest;
import com.xcord.auth.support.Users;
import com.xcord.events.EventEnvelope;
import com.xcord.events.auth.AuthEvents;
import com.xcord.events.auth.UserEmailChanged;
import com.xcord.events.auth.UserRegistered;
import com.xcord.servicekit.web.VisibleNames;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import static com.xcord.servicekit.test.Problems.assertFieldErrors;
import static com.xcord.servicekit.test.Problems.assertFieldError;
import static com.xcord.servicekit.test.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

class AccountControllerTests extends IntegrationTest {

    private static final String REGISTER = "/api/v1/auth/register";

    @Nested
    class Register {

        @Test
        void createsTheAccountAndItsFirstSession() {
            String username = Users.uniqueUsername("Alice");
            Api.Response response = api.post(REGISTER).json(Map.of("username", username.toUpperCase(),
                    "email", username.toUpperCase() + "@Example.COM", "password", Users.PASSWORD)).send();

            assertThat(response.status()).as(response.raw()).isEqualTo(201);
            var user = response.body().path("user");
            assertThat(user.path("id").isString()).isTrue();
            assertThat(user.path("username").asString()).isEqualTo(username.toLowerCase());
            assertThat(user.path("email").asString()).isEqualTo(username.toLowerCase() + "@example.com");
            assertThat(user.path("displayName").asString()).isEqualTo(username.toLowerCase());
            assertThat(user.path("bio").asString()).isEmpty();
            assertThat(user.path("avatarMediaId").isNull()).isTrue();
            assertThat(user.path("readReceiptsEnabled").asBoolean()).isTrue();
            assertThat(user.path("createdAt").asString()).endsWith("Z");
            assertThat(response.text("accessToken")).isNotBlank();
            assertThat(response.text("refreshToken")).hasSize(43);
            assertThat(response.body().path("expiresIn").asLong()).isEqualTo(900);

            String hash = db.sql("SELECT password_hash FROM users WHERE id = ?")
                    .param(Long.parseLong(user.path("id").asString())).query(String.class).single();
            assertThat(hash).startsWith("{argon2}$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain(Users.PASSWORD);
            assertThat(count("SELECT count(*) FROM sessions WHERE user_id = ?", Long.parseLong(user.path("id").asString())))
                    .isEqualTo(1);

            Api.Response me = api.get("/api/v1/me").token(response.text("accessToken")).send();
            assertThat(me.status()).isEqualTo(200);
            assertThat(me.body()).isEqualTo(user);
        }

        @Test
        void publishesUserRegistered() {
            Users.Registered alice = Users.register(api, "alice");

            EventEnvelope<UserRegistered> event = awaitEvent(AuthEvents.USER_REGISTERED,
                    e -> e.userId().equals(alice.id()));

            assertThat(event.subject()).isEqualTo(alice.id());
            assertThat(event.source()).isEqualTo("auth-service");
            assertThat(event.data().username()).isEqualTo(alice.username());
        }

        @Test
        void publishesTheEmailApartFromTheProfile() {
            Users.Registered carol = Users.register(api, "carol");

            EventEnvelope<UserEmailChanged> event = awaitEvent(AuthEvents.USER_EMAIL_CHANGED,
                    e -> e.userId().equals(carol.id()));

            assertThat(event.subject()).isEqualTo(carol.id());
            assertThat(event.data().email()).isEqualTo(carol.username() + "@example.com");
        }

        @Test
        void keepsAGivenDisplayNameAndAcceptsAnyUnicodePassword() {
            String username = Users.uniqueUsername("bob");
            String password = "🔑".repeat(128);
            Api.Response response = api.post(REGISTER).json(Map.of("username", username, "email", username + "@example.com",
                    "password", password, "displayName", "  Bob the Builder  ")).send();

            assertThat(response.status()).as(response.raw()).isEqualTo(201);
            assertThat(response.body().path("user").path("displayName").asString()).isEqualTo("Bob the Builder");
            assertThat(api.post("/api/v1/auth/login").json(Map.of("login", username, "password", password)).send()
                    .status()).isEqualTo(200);
        }

        @Test
        void aBidiOverrideInTheDisplayNameIsRefusedAndNothingStored_aDecomposedOneIsStoredAsNfc() {
            String username = Users.uniqueUsername("mallory");
            Map<String, Object> body = new HashMap<>(Map.of("username", username, "email", username + "@example.com",
                    "password", Users.PASSWORD, "displayName", "\u202Eadmin"));

            assertFieldErrors(api.post(REGISTER).json(body).send(), "displayName: " + VisibleNames.INVISIBLE);
            assertThat(count("SELECT count(*) FROM users WHERE username = ?", username)).isZero();

            body.put("displayName", "Zoe\u0308");
            Api.Response response = api.post(REGISTER).json(body).send();
            assertThat(response.status()).as(response.raw()).isEqualTo(201);
            assertThat(response.body().path("user").path("displayName").asString()).isEqualTo("Zoë");
            assertThat(count("SELECT count(*) FROM users WHERE username = ? AND display_name = ?", username, "Zoë"))
                    .isEqualTo(1);
        }

        @Test
        void aTakenUsernameIsAConflictNamingTheField() {
            Users.Registered alice = Users.register(api, "alice");

            Api.Response response = api.post(REGISTER).json(Map.of("username", alice.username().toUpperCase(),
                    "email", "other-" + alice.email(), "password", Users.PASSWORD)).send();

            assertProblem(response, 409);
            assertThat(response.text("detail")).contains("username");
            assertThat(response.body().path("errors").get(0).path("field").asString()).isEqualTo("username");
            assertThat(count("SELECT count(*) FROM users WHERE email = ?", "other-" + alice.email())).isZero();
        }

        @Test
        void aTakenEmailIsAConflictNamingTheField() {
            Users.Registered alice = Users.register(api, "alice");
            String username = Users.uniqueUsername("alice2");

            Api.Response response = api.post(REGISTER).json(Map.of("username", username,
                    "email", alice.email().toUpperCase(), "password", Users.PASSWORD)).send();

            assertProblem(response, 409);
            assertThat(response.text("detail")).contains("email");
            assertThat(count("SELECT count(*) FROM users WHERE username = ?", username)).isZero();
        }

        static Stream<Arguments> invalidRegistrations() {
            return Stream.of(
                    Arguments.of("username", "a", null, null, null),
                    Arguments.of("username", "has space", null, null, null),
                    Arguments.of("username", "dash-is-not-allowed", null, null, null),
                    Arguments.of("username", "x".repeat(33), null, null, null),
                    Arguments.of("username", "ünïcode", null, null, null),
                    Arguments.of("email", null, "not-an-email", null, null),
                    Arguments.of("email", null, "a@" + "b".repeat(250) + ".com", null, null),
                    Arguments.of("password", null, null, "short", null),
                    Arguments.of("password", null, null, "🔑".repeat(7), null),
                    Arguments.of("password", null, null, "p".repeat(129), null),
                    Arguments.of("displayName", null, null, null, " "),
                    Arguments.of("displayName", null, null, null, "d".repeat(65)));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("invalidRegistrations")
        void badInputIsRefusedAndNothingStored(String field, String username, String email, String password,
                String displayName) {
            String valid = Users.uniqueUsername("carol");
            Map<String, Object> body = new HashMap<>();
            body.put("username", username != null ? username : valid);
            body.put("email", email != null ? email : valid + "@example.com");
            body.put("password", password != null ? password : Users.PASSWORD);
            if (displayName != null) {
                body.put("displayName", displayName);
            }

            assertFieldError(api.post(REGISTER).json(body).send(), field);

            assertThat(count("SELECT count(*) FROM users WHERE username = ? OR email = ?",
                    body.get("username").toString().toLowerCase(), body.get("email").toString().toLowerCase())).isZero();
        }

        @Test
        void missingFieldsAndMalformedJsonAreBadRequests() {
            assertFieldError(api.post(REGISTER).json(Map.of()).send(), "username");
            assertProblem(api.post(REGISTER).rawJson("{\"username\":").send(), 400);
            assertProblem(api.post(REGISTER).send(), 400);
        }

        @Test
        void isRateLimitedPerClientAddress() {
            String ip = Api.randomIp();
            for (int i = 0; i < 5; i++) {
                assertThat(api.post(REGISTER).from(ip).json(Map.of()).send().status()).isEqualTo(400);
            }

            Api.Response limited = assertProblem(api.post(REGISTER).from(ip).json(Map.of()).send(), 429);

            assertThat(Long.parseLong(limited.header("Retry-After"))).isPositive();
            assertThat(limited.header("RateLimit-Limit")).isEqualTo("5");
            assertThat(limited.header("RateLimit-Remaining")).isEqualTo("0");
            assertThat(api.post(REGISTER).json(Map.of()).send().status()).as("another address").isEqualTo(400);
        }
    }
}
