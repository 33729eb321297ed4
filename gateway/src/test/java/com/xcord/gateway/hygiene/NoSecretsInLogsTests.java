package com.xcord.gateway.hygiene;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.xcord.gateway.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.xcord.gateway.support.GatewayWithWireMockTest;
import com.xcord.gateway.support.TestKeys;
import com.xcord.testkit.logging.SecretsInLogs;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * DESIGN §4: the access token of a request never appears in the gateway's log — not in the access log line (which
 * names the user, never the Authorization header), not when the token is refused; our code, Spring's web, security
 * and gateway code and Reactor Netty at DEBUG.
 */
@ExtendWith(OutputCaptureExtension.class)
class NoSecretsInLogsTests extends GatewayWithWireMockTest {

    private SecretsInLogs logs;

    @BeforeEach
    void logEverything() {
        logs = SecretsInLogs.verbose("com.xcord", "org.springframework.web", "org.springframework.security",
                "org.springframework.cloud.gateway", "reactor.netty");
    }

    @AfterEach
    void restoreLevels() {
        logs.close();
    }

    @Test
    void goodAndBadTokensNeverReachTheLog(CapturedOutput output) {
        downstream.stubFor(any(urlPathEqualTo("/api/v1/feed")).willReturn(aResponse().withStatus(200)));
        String user = newUserId();
        String good = logs.token(TestKeys.token(user));
        client().get().uri("/api/v1/feed").header("Authorization", bearer(good)).exchange().expectStatus().isOk();

        for (String bad : List.of(TestKeys.tampered(good, newUserId()), TestKeys.expired(user),
                TestKeys.signedByOtherKey(user, "unknown-kid"),
                "eyJub3QiOiJhIHRva2VuIn0.bm90LWEtcGF5bG9hZC1idXQtc2VjcmV0.c2lnbmF0dXJlLW9mLW5vdGhpbmc")) {
            assertProblem(client().get().uri("/api/v1/feed").header("Authorization", bearer(logs.token(bad))).exchange(), 401);
        }

        logs.assertNoneIn(output);
        assertThat(output.getAll()).as("the access log line of the good request").contains("user_id=" + user + " route=feed");
    }
}
