package com.xcord.media.support;

import com.xcord.servicekit.test.ServiceIntegrationTest;
import com.xcord.testkit.IngestTools;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Value;

/** service-kit's {@link ServiceIntegrationTest} in media-service's context, with its fixtures. */
@MediaServiceTest
public abstract class IntegrationTest extends ServiceIntegrationTest {

    private static final AtomicLong USERS = new AtomicLong(System.currentTimeMillis() % 1_000_000 * 1_000);

    static {
        // the video worker's tests need the real ffprobe/ffmpeg (Debian's ffmpeg package, found on the PATH by the
        // context built after this): installed here when missing and allowed, otherwise an error naming the install
        // command — never a skipped test
        IngestTools.provisionFfmpeg();
    }

    @Value("${xcord.media.storage.bucket}")
    private String bucket;

    /** Uploads through the API (multipart and presigned). */
    protected Uploads uploads;
    /** The bucket, read directly: what was really stored. */
    protected Bucket storage;
    /** Plays the producers whose events say which media are in use. */
    protected ProducerEvents producers;

    @BeforeEach
    void fixtures() {
        uploads = new Uploads(port);
        storage = Bucket.shared(bucket);
        producers = ProducerEvents.shared(kafka);
    }

    /** A user id no other test uses (media-service knows users only by their tokens). */
    protected static long newUser() {
        return USERS.incrementAndGet();
    }

    protected long mediaRows(long ownerId) {
        return count("select count(*) from media where owner_id = ?", ownerId);
    }
}
