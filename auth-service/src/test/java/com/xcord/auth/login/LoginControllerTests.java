package com.xcord.auth.login;

import com.xcord.servicekit.test.Api;
import com.xcord.auth.support.IntegrationTest;
import com.xcord.auth.support.Users;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.util.Map;

import static com.xcord.servicekit.test.Problems.assertFieldError;
import static com.xcord.servicekit.test.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

class LoginControllerTests extends IntegrationTest {

    private static final String LOGIN = "/api/v1/auth/login";

    @Nested
    class Login {

        @Test
        void withUsernameOrEmailInAnyCaseStartsANewSession() {
            Users.Registered alice = Users.register(api, "alice");

            Api.Response byName = api.post(LOGIN).json(Map.of("login", alice.username().toUpperCase(),
                    "password", alice.password())).send();
            Api.Response byEmail = api.post(LOGIN).json(Map.of("login", alice.email().toUpperCase(),
                    "password", alice.password())).send();

            for (Api.Response response : new Api.Response[] {byName, byEmail}) {
                assertThat(response.status()).as(response.raw()).isEqualTo(200);
                assertThat(response.body().path("user").path("id").asString()).isEqualTo(alice.id());
                assertThat(response.body().path("user").path("email").asString()).isEqualTo(alice.email());
                assertThat(response.text("accessToken")).isNotBlank();
                assertThat(response.text("refreshToken")).isNotBlank();
                assertThat(response.body().path("expiresIn").asLong()).isEqualTo(900);
                assertThat(api.get("/api/v1/me").token(response.text("accessToken")).send().status()).isEqualTo(200);
            }
            assertThat(count("SELECT count(*) FROM sessions WHERE user_id = ?", Long.parseLong(alice.id()))).isEqualTo(3);
        }

        @Test
        void unknownUserAndWrongPasswordGetTheSameAnswer() {
            Users.Registered alice = Users.register(api, "alice");

            Api.Response wrongPassword = api.post(LOGIN).json(Map.of("login", alice.username(),
                    "password", "not the password")).send();
            Api.Response unknownUser = api.post(LOGIN).json(Map.of("login", Users.uniqueUsername("nobody"),
                    "password", "not the password")).send();

            assertProblem(wrongPassword, 401);
            assertProblem(unknownUser, 401);
            assertThat(unknownUser.body()).isEqualTo(wrongPassword.body());
            assertThat(count("SELECT count(*) FROM sessions WHERE user_id = ?", Long.parseLong(alice.id()))).isEqualTo(1);
        }

        @Test
        void badInputIsRefusedAndNoSessionStarted() {
            Users.Registered alice = Users.register(api, "alice");

            assertFieldError(api.post(LOGIN).json(Map.of("login", alice.username())).send(), "password");
            assertFieldError(api.post(LOGIN).json(Map.of("password", alice.password())).send(), "login");
            assertProblem(api.post(LOGIN).rawJson("[]").send(), 400);

            assertThat(count("SELECT count(*) FROM sessions WHERE user_id = ?", Long.parseLong(alice.id()))).isEqualTo(1);
        }

        @Test
        void nulOrALoneSurrogateIsA400NotA500AndNoSessionStarted() {
            Users.Registered alice = Users.register(api, "alice");

            assertFieldError(api.post(LOGIN).json(Map.of("login", "a\u0000b", "password", alice.password())).send(),
                    "login");
            assertFieldError(api.post(LOGIN).rawJson("{\"login\":\"" + alice.username()
                    + "\",\"password\":\"x\\ud800\"}").send(), "password");

            assertThat(count("SELECT count(*) FROM sessions WHERE user_id = ?", Long.parseLong(alice.id()))).isEqualTo(1);
        }

        @Test
        void upgradesABcryptHashToArgon2id() {
            Users.Registered alice = Users.register(api, "alice");
            db.sql("UPDATE users SET password_hash = ? WHERE id = ?")
                    .params("{bcrypt}" + new BCryptPasswordEncoder(4).encode(alice.password()), Long.parseLong(alice.id()))
                    .update();

            assertThat(api.post(LOGIN).json(Map.of("login", alice.username(), "password", alice.password())).send()
                    .status()).isEqualTo(200);

            String hash = db.sql("SELECT password_hash FROM users WHERE id = ?").param(Long.parseLong(alice.id()))
                    .query(String.class).single();
            assertThat(hash).startsWith("{argon2}$argon2id$");
            assertThat(api.post(LOGIN).json(Map.of("login", alice.username(), "password", alice.password())).send()
                    .status()).isEqualTo(200);
        }

        @Test
        void isRateLimitedPerClientAddress() {
            Users.Registered alice = Users.register(api, "alice");
            String ip = Api.randomIp();
            for (int i = 0; i < 6; i++) {
                // different unknown accounts, so only the address limit can bite
                Api.Response response = api.post(LOGIN).from(ip)
                        .json(Map.of("login", Users.uniqueUsername("ghost"), "password", "wrong password")).send();
                assertThat(response.status()).isEqualTo(401);
                assertThat(response.header("RateLimit-Limit")).isNull();
            }

            Api.Response limited = api.post(LOGIN).from(ip)
                    .json(Map.of("login", alice.username(), "password", alice.password())).send();

            assertProblem(limited, 429);
            assertThat(Long.parseLong(limited.header("Retry-After"))).isBetween(1L, 60L);
            assertThat(limited.header("RateLimit-Limit")).isEqualTo("6");
            assertThat(limited.header("RateLimit-Remaining")).isEqualTo("0");
            assertThat(Long.parseLong(limited.header("RateLimit-Reset"))).isBetween(1L, 60L);
            assertThat(api.post(LOGIN).json(Map.of("login", alice.username(), "password", alice.password())).send()
                    .status()).as("from another address").isEqualTo(200);
        }

        @Test
        void failuresAgainstOneAccountAreLimitedAcrossAddresses() {
            Users.Registered alice = Users.register(api, "alice");
            for (int i = 0; i < 3; i++) {
                assertThat(api.post(LOGIN).json(Map.of("login", alice.username(), "password", "guess " + i)).send()
                        .status()).isEqualTo(401);
            }

            Api.Response limited = api.post(LOGIN).json(Map.of("login", alice.email(), "password", alice.password()))
                    .send();

            assertProblem(limited, 429);
            assertThat(Long.parseLong(limited.header("Retry-After"))).isBetween(1L, 15 * 60L);
            assertThat(limited.header("RateLimit-Limit")).isEqualTo("3");
            assertThat(count("SELECT count(*) FROM sessions WHERE user_id = ?", Long.parseLong(alice.id()))).isEqualTo(1);
        }

        @Test
        void aSuccessfulLoginForgetsEarlierFailures() {
            Users.Registered alice = Users.register(api, "alice");
            for (int round = 0; round < 2; round++) {
                for (int i = 0; i < 2; i++) {
                    assertThat(api.post(LOGIN).json(Map.of("login", alice.username(), "password", "guess")).send()
                            .status()).isEqualTo(401);
                }
                assertThat(api.post(LOGIN).json(Map.of("login", alice.username(), "password", alice.password())).send()
                        .status()).isEqualTo(200);
            }
        }
    }
}
