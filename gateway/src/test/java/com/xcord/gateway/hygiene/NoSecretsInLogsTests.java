package com.xcord.gateway.hygiene;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.xcord.gateway.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.xcord.gateway.support.GatewayWithWireMockTest;
import com.xcord.gateway.support.TestKeys;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

/**
 * DESIGN §4: the access token of a request never appears in the gateway's log — not in the access log line (which
 * names the user, never the Authorization header), not when the token is refused. Our code, Spring's web, security
 * and gateway code and Reactor Netty run at DEBUG (switched at run time, so the module keeps its one Spring context)
 * while the console output is captured.
 */
@ExtendWith(OutputCaptureExtension.class)
class NoSecretsInLogsTests extends GatewayWithWireMockTest {

    private static final List<String> VERBOSE = List.of("com.xcord", "org.springframework.web", "org.springframework.security",
            "org.springframework.cloud.gateway", "reactor.netty");

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
    void goodAndBadTokensNeverReachTheLog(CapturedOutput output) {
        downstream.stubFor(any(urlPathEqualTo("/api/v1/feed")).willReturn(aResponse().withStatus(200)));
        String user = newUserId();
        String good = remember(TestKeys.token(user));
        client().get().uri("/api/v1/feed").header("Authorization", bearer(good)).exchange().expectStatus().isOk();

        for (String bad : List.of(TestKeys.tampered(good, newUserId()), TestKeys.expired(user),
                TestKeys.signedByOtherKey(user, "unknown-kid"),
                "eyJub3QiOiJhIHRva2VuIn0.bm90LWEtcGF5bG9hZC1idXQtc2VjcmV0.c2lnbmF0dXJlLW9mLW5vdGhpbmc")) {
            remember(bad);
            assertProblem(client().get().uri("/api/v1/feed").header("Authorization", bearer(bad)).exchange(), 401);
        }

        LoggerFactory.getLogger(NoSecretsInLogsTests.class).debug("log capture works");
        // while other threads log, the capture can briefly return an older copy (seen here): wait for our own last line
        await().untilAsserted(() -> assertThat(output.getAll()).as("the capture sees DEBUG lines").contains("log capture works"));
        assertThat(output.getAll()).as("the access log line of the good request").contains("user_id=" + user + " route=feed");
        String logged = output.getAll();
        assertThat(secrets).allSatisfy(secret -> assertThat(logged).as("log output").doesNotContain(secret));
    }

    /** The token, and each of its parts long enough to be recognized (the JWT header, the claims, the signature). */
    private String remember(String token) {
        secrets.add(token);
        Arrays.stream(token.split("\\.")).filter(part -> part.length() > 20).forEach(secrets::add);
        return token;
    }
}
