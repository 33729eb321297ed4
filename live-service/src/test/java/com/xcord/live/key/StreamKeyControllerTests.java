package com.xcord.live.key;

import com.xcord.live.support.IntegrationTest;
import com.xcord.servicekit.test.Api;
import com.xcord.servicekit.test.TestTokens;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static com.xcord.servicekit.test.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

class StreamKeyControllerTests extends IntegrationTest {

    @Nested
    class Reveal {

        @Test
        void createsTheKeyOnFirstUseAndShowsTheSameOneAfterwards() {
            long owner = newUser();
            Api.Response first = api.get("/api/v1/live/stream-key").as(owner).send();

            assertThat(first.status()).isEqualTo(200);
            String key = first.text("streamKey");
            assertThat(key).matches("sk_[A-Za-z0-9_-]{43}");
            assertThat(first.text("rtmpUrl")).startsWith("rtmp://");
            assertThat(streams.key(owner)).isEqualTo(key);
            assertThat(streams.key(newUser())).isNotEqualTo(key);
        }

        @Test
        void storesOnlyItsHashAndItsCiphertext() {
            long owner = newUser();
            String key = streams.key(owner);

            byte[] cipher = db.sql("SELECT key_cipher FROM stream_key WHERE user_id = ?").params(owner)
                    .query(byte[].class).single();
            assertThat(new String(cipher, StandardCharsets.ISO_8859_1)).doesNotContain(key.substring(3, 20));
            assertThat(count("SELECT count(*) FROM stream_key WHERE user_id = ? AND key_hash = ?", owner,
                    StreamKeys.hash(key))).isEqualTo(1);
        }

        @Test
        void needsAValidToken() {
            assertProblem(api.get("/api/v1/live/stream-key").send(), 401);
            assertProblem(api.get("/api/v1/live/stream-key").token(TestTokens.expired(newUser())).send(), 401);
        }
    }

    @Nested
    class Rotate {

        @Test
        void replacesTheKeyAndTheOldOneFindsNobody() {
            long owner = newUser();
            String old = streams.key(owner);

            String fresh = streams.rotateKey(owner);

            assertThat(fresh).isNotEqualTo(old).startsWith("sk_");
            assertThat(streams.key(owner)).isEqualTo(fresh);
            assertThat(ingest.onPublish(old, "1").statusCode()).isEqualTo(403);
        }

        @Test
        void worksBeforeAnyKeyWasShown() {
            long owner = newUser();
            String fresh = streams.rotateKey(owner);

            assertThat(streams.key(owner)).isEqualTo(fresh);
        }

        @Test
        void needsAValidToken() {
            assertProblem(api.post("/api/v1/live/stream-key/rotate").send(), 401);
            assertProblem(api.post("/api/v1/live/stream-key/rotate").token(TestTokens.algNone(newUser())).send(), 401);
        }
    }
}
