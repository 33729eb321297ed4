package com.xcord.auth.logging;

import com.xcord.auth.support.IntegrationTest;
import com.xcord.auth.support.Users;
import com.xcord.servicekit.test.Api;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.xcord.servicekit.test.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * DESIGN §4: no password, access token or refresh token ever appears in a log line — on the way in, on the way out,
 * or in a refusal. The real register, login, refresh and logout paths run, successful and failing, with our own code,
 * Spring MVC and Spring Security at DEBUG (switched at run time, so the module keeps its one Spring context); the
 * console output is captured and searched for every secret the requests carried or received.
 */
@ExtendWith(OutputCaptureExtension.class)
class NoSecretsInLogsTests extends IntegrationTest {

    /** The loggers an operator turns up when something goes wrong; at DEBUG they log bodies and headers. */
    private static final List<String> VERBOSE = List.of("com.xcord", "org.springframework.web", "org.springframework.security");
    private static final String WRONG_PASSWORD = "Tr0ub4dor&3 but not hers";

    @Autowired
    private LoggingSystem logging;

    private final Map<String, LogLevel> configured = new LinkedHashMap<>();
    private final List<String> secrets = new ArrayList<>();

    @BeforeEach
    void logEverything() {
        for (String logger : VERBOSE) {
            var configuration = logging.getLoggerConfiguration(logger);
            configured.put(logger, configuration == null ? null : configuration.getConfiguredLevel());
            logging.setLogLevel(logger, LogLevel.DEBUG);
        }
    }

    @AfterEach
    void restoreLevels() {
        configured.forEach(logging::setLogLevel);
    }

    @Test
    void registerLoginRefreshAndLogoutNeverLogASecret(CapturedOutput output) {
        Users.Registered alice = remember(Users.register(api, "alice"));
        Users.Registered again = remember(Users.login(api, alice));
        assertThat(api.get("/api/v1/me").token(again.accessToken()).send().status()).isEqualTo(200);

        Api.Response refreshed = api.post("/api/v1/auth/refresh").json(Map.of("refreshToken", again.refreshToken())).send();
        assertThat(refreshed.status()).as(refreshed.raw()).isEqualTo(200);
        rememberTokens(refreshed.text("accessToken"), refreshed.text("refreshToken"));

        assertThat(api.post("/api/v1/auth/logout").json(Map.of("refreshToken", refreshed.text("refreshToken"))).send().status())
                .isEqualTo(204);

        // every way of failing, with the secret in the request
        secrets.add(WRONG_PASSWORD);
        assertProblem(api.post("/api/v1/auth/login").json(Map.of("login", alice.username(), "password", WRONG_PASSWORD)).send(), 401);
        assertProblem(api.post("/api/v1/auth/refresh").json(Map.of("refreshToken", again.refreshToken())).send(), 401);
        String tampered = alice.accessToken().substring(0, alice.accessToken().length() - 4) + "AAAA";
        assertProblem(api.get("/api/v1/me").token(tampered).send(), 401);
        String malformed = "eyJub3QiOiJhIHRva2VuIn0." + alice.refreshToken() + ".c2lnbmF0dXJlLW9mLW5vdGhpbmc";
        secrets.add(malformed);
        assertProblem(api.get("/api/v1/me").token(malformed).send(), 401);
        assertProblem(api.get("/api/v1/auth/sessions").token(alice.refreshToken()).send(), 401);

        LoggerFactory.getLogger(NoSecretsInLogsTests.class).debug("log capture works");
        // while other threads log, the capture can briefly return an older copy (seen here): wait for our own last line
        await().untilAsserted(() -> assertThat(output.getAll()).as("the capture sees DEBUG lines").contains("log capture works"));
        String logged = output.getAll();
        assertThat(secrets).allSatisfy(secret -> assertThat(logged).as("log output").doesNotContain(secret));
    }

    private Users.Registered remember(Users.Registered user) {
        secrets.add(user.password());
        rememberTokens(user.accessToken(), user.refreshToken());
        return user;
    }

    /** The token, and each part of an access token long enough to be recognized (the JWT header, the claims, the signature). */
    private void rememberTokens(String accessToken, String refreshToken) {
        secrets.add(accessToken);
        secrets.add(refreshToken);
        Arrays.stream(accessToken.split("\\.")).filter(part -> part.length() > 20).forEach(secrets::add);
    }
}
