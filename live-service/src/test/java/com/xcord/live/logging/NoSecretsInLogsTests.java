package com.xcord.live.logging;

import com.xcord.live.support.IntegrationTest;
import com.xcord.testkit.logging.SecretsInLogs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * DESIGN §4: no stream key ever appears in a log line — revealed, rotated, presented to the ingest's callbacks (right,
 * wrong, rotated) — with our own code and Spring's web and security code at DEBUG.
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
    void revealRotateAndTheIngestCallbacksNeverLogAKey(CapturedOutput output) {
        long streamer = newUser();
        String key = logs.secret(streams.key(streamer));
        assertThat(ingest.onPublish(key, "1").statusCode()).isEqualTo(302);
        assertThat(ingest.onUpdate(key, "1").statusCode()).isEqualTo(200);
        String rotated = logs.secret(streams.rotateKey(streamer));
        assertThat(ingest.onUpdate(key, "1").statusCode()).isEqualTo(403);
        assertThat(ingest.onPublishDone(key, "1").statusCode()).isEqualTo(200);
        assertThat(ingest.onPublish(logs.secret("sk_somebody-elses-guess-0123456789"), "2").statusCode())
                .isEqualTo(403);
        assertThat(ingest.onPublish(rotated, "3").statusCode()).isEqualTo(302);
        assertThat(ingest.onPublishDone(rotated, "3").statusCode()).isEqualTo(200);

        logs.assertNoneIn(output);
    }
}
