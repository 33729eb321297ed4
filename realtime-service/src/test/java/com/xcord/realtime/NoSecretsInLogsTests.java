package com.xcord.realtime;

import com.xcord.realtime.support.World;
import com.xcord.realtime.support.WsClient;
import com.xcord.servicekit.test.TestTokens;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * DESIGN §4: the access token a socket IDENTIFYs with never appears in a log line, whether it is accepted or refused.
 * Our code, Spring's web and security code and Reactor Netty run at DEBUG (switched at run time, so the module keeps
 * its one Spring context) while the console output is captured.
 */
@ExtendWith(OutputCaptureExtension.class)
class NoSecretsInLogsTests extends RealtimeTestBase {

    private static final List<String> VERBOSE = List.of("com.xcord", "org.springframework.web", "org.springframework.security",
            "reactor.netty");

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
    void identifyNeverLogsTheToken(CapturedOutput output) {
        String user = World.user("ivy");
        String valid = remember(token(user));
        assertThat(connect().identify(valid).path("sessionId").asString()).as("READY").hasSize(32);

        long other = Long.parseLong(World.user("jay"));
        String tampered = valid.substring(0, valid.length() - 4) + "AAAA";
        for (String invalid : List.of(tampered, TestTokens.expired(other), TestTokens.signedByAnotherKey(other),
                TestTokens.wrongAudience(other), "eyJub3QiOiJhIHRva2VuIn0.bm90LWEtcGF5bG9hZC1idXQtc2VjcmV0.c2lnbmF0dXJlLW9mLW5vdGhpbmc")) {
            remember(invalid);
            WsClient c = connect();
            c.send("{\"op\":\"IDENTIFY\",\"d\":{\"token\":\"" + invalid + "\"}}");
            assertThat(c.awaitClose()).as(invalid).isEqualTo(4004);
        }

        LoggerFactory.getLogger(NoSecretsInLogsTests.class).debug("log capture works");
        // while other threads log, the capture can briefly return an older copy (seen here): wait for our own last line
        await().untilAsserted(() -> assertThat(output.getAll()).as("the capture sees DEBUG lines").contains("log capture works"));
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
