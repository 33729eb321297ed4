package com.xcord.media.storage;

import static com.xcord.servicekit.test.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.xcord.media.support.IntegrationTest;
import com.xcord.media.support.TestImages;
import com.xcord.servicekit.test.Api;
import com.xcord.testkit.S3Server;
import com.xcord.testkit.TestInfrastructure;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Storage down: a 503 problem with Retry-After, nothing half-written; back up, uploads work again. */
class StorageOutageTests extends IntegrationTest {

    @Test
    void uploadsAre503WhileStorageIsDownAndWorkWhenItIsBack() {
        S3Server s3 = TestInfrastructure.shared().s3().controllable().orElse(null);
        Assumptions.assumeTrue(s3 != null, "the S3 API is external or a container: it cannot be stopped from here");
        long alice = newUser();
        String existing = uploads.upload(alice, TestImages.png(40, 40), "before.png", "image/png").expect(201).text("id");
        String file = uploads.upload(alice, "words".getBytes(java.nio.charset.StandardCharsets.UTF_8), "a.txt", "text/plain")
                .expect(201).text("id");
        s3.stop();
        try {
            Api.Response refused = uploads.upload(alice, TestImages.jpeg(300, 200), "during.jpg", "image/jpeg");
            assertProblem(refused, 503);
            assertThat(refused.header("Retry-After")).isNotNull();
            assertThat(refused.raw()).doesNotContain("Exception").doesNotContain("127.0.0.1");
            assertThat(mediaRows(alice)).as("nothing half-written").isEqualTo(2);

            // signing needs no storage: the start works, completing it cannot
            String pending = api.post("/api/v1/media/uploads").as(alice)
                    .json(Map.of("filename", "a.png", "contentType", "image/png", "size", 10)).send().expect(201).text("id");
            assertProblem(api.post("/api/v1/media/" + pending + "/complete").as(alice).send(), 503);
            assertProblem(api.get("/api/v1/media/" + file + "/content").as(alice).send(), 503);
            assertProblem(api.delete("/api/v1/media/" + existing).as(alice).send(), 503);
            assertThat(count("select count(*) from media where owner_id = ? and status = 'ready'", alice)).isEqualTo(2);
        } finally {
            s3.restart();
        }

        Api.Response after = uploads.upload(alice, TestImages.jpeg(300, 200), "after.jpg", "image/jpeg");
        assertThat(after.status()).as(after.raw()).isEqualTo(201);
        assertThat(storage.keysOf(Long.parseLong(after.text("id")))).hasSize(2);
        assertThat(api.delete("/api/v1/media/" + existing).as(alice).send().status()).isEqualTo(204);
    }
}
