package com.xcord.realtime;

import com.xcord.realtime.support.World;
import com.xcord.realtime.support.WsClient;
import com.xcord.servicekit.test.TestTokens;
import com.xcord.testkit.logging.SecretsInLogs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * DESIGN §4: the access token a socket IDENTIFYs with never appears in a log line, whether it is accepted or refused;
 * our code, Spring's web and security code and Reactor Netty at DEBUG.
 */
@ExtendWith(OutputCaptureExtension.class)
class NoSecretsInLogsTests extends RealtimeTestBase {

    private SecretsInLogs logs;

    @BeforeEach
    void logEverything() {
        logs = SecretsInLogs.verbose("com.xcord", "org.springframework.web", "org.springframework.security", "reactor.netty");
    }

    @AfterEach
    void restoreLevels() {
        logs.close();
    }

    @Test
    void identifyNeverLogsTheToken(CapturedOutput output) {
        String valid = logs.token(token(World.user("ivy")));
        assertThat(connect().identify(valid).path("sessionId").asString()).as("READY").hasSize(32);

        long other = Long.parseLong(World.user("jay"));
        String tampered = valid.substring(0, valid.length() - 4) + "AAAA";
        for (String invalid : List.of(tampered, TestTokens.expired(other), TestTokens.signedByAnotherKey(other),
                TestTokens.wrongAudience(other), "eyJub3QiOiJhIHRva2VuIn0.bm90LWEtcGF5bG9hZC1idXQtc2VjcmV0.c2lnbmF0dXJlLW9mLW5vdGhpbmc")) {
            logs.token(invalid);
            WsClient c = connect();
            c.send("{\"op\":\"IDENTIFY\",\"d\":{\"token\":\"" + invalid + "\"}}");
            assertThat(c.awaitClose()).as(invalid).isEqualTo(4004);
        }

        logs.assertNoneIn(output);
    }
}
