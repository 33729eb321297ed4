package com.xcord.auth.logging;

import com.xcord.auth.support.IntegrationTest;
import com.xcord.auth.support.Users;
import com.xcord.servicekit.test.Api;
import com.xcord.testkit.logging.SecretsInLogs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.util.Map;

import static com.xcord.servicekit.test.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * DESIGN §4: no password, access token or refresh token ever appears in a log line — on the way in, on the way out,
 * or in a refusal. The real register, login, refresh and logout paths run, successful and failing, with our own code,
 * Spring MVC (which logs request and response bodies at DEBUG) and Spring Security at DEBUG.
 */
@ExtendWith(OutputCaptureExtension.class)
class NoSecretsInLogsTests extends IntegrationTest {

    private SecretsInLogs logs;

    @BeforeEach
    void logEverything() {
        logs = SecretsInLogs.verbose("com.xcord", "org.springframework.web", "org.springframework.security");
    }

    @AfterEach
    void restoreLevels() {
        logs.close();
    }

    @Test
    void registerLoginRefreshAndLogoutNeverLogASecret(CapturedOutput output) {
        Users.Registered alice = remember(Users.register(api, "alice"));
        Users.Registered again = remember(Users.login(api, alice));
        assertThat(api.get("/api/v1/me").token(again.accessToken()).send().status()).isEqualTo(200);

        Api.Response refreshed = api.post("/api/v1/auth/refresh").json(Map.of("refreshToken", again.refreshToken())).send();
        assertThat(refreshed.status()).as(refreshed.raw()).isEqualTo(200);
        logs.token(refreshed.text("accessToken"));
        String lastRefreshToken = logs.secret(refreshed.text("refreshToken"));

        assertThat(api.post("/api/v1/auth/logout").json(Map.of("refreshToken", lastRefreshToken)).send().status()).isEqualTo(204);

        // every way of failing, with the secret in the request
        String wrongPassword = logs.secret("Tr0ub4dor&3 but not hers");
        assertProblem(api.post("/api/v1/auth/login").json(Map.of("login", alice.username(), "password", wrongPassword)).send(), 401);
        assertProblem(api.post("/api/v1/auth/refresh").json(Map.of("refreshToken", again.refreshToken())).send(), 401);
        String tampered = logs.token(alice.accessToken().substring(0, alice.accessToken().length() - 4) + "AAAA");
        assertProblem(api.get("/api/v1/me").token(tampered).send(), 401);
        String malformed = logs.token("eyJub3QiOiJhIHRva2VuIn0." + alice.refreshToken() + ".c2lnbmF0dXJlLW9mLW5vdGhpbmc");
        assertProblem(api.get("/api/v1/me").token(malformed).send(), 401);
        assertProblem(api.get("/api/v1/auth/sessions").token(alice.refreshToken()).send(), 401);

        logs.assertNoneIn(output);
    }

    private Users.Registered remember(Users.Registered user) {
        logs.secret(user.password());
        logs.token(user.accessToken());
        logs.secret(user.refreshToken());
        return user;
    }
}
