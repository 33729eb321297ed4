package com.xcord.live.support;

import com.xcord.live.ingest.IngestPort;
import com.xcord.servicekit.test.ServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;

import java.util.concurrent.atomic.AtomicLong;

/** service-kit's {@link ServiceIntegrationTest} in live-service's context, with its fixtures. */
@LiveServiceTest
public abstract class IntegrationTest extends ServiceIntegrationTest {

    /** User ids unique across the test JVM (live-service keeps no user directory: any token's user may stream). */
    private static final AtomicLong NEXT_USER = new AtomicLong(1_000_000L + System.nanoTime() % 1_000_000L * 1_000L);

    @Autowired
    private IngestPort ingestPort;
    @Autowired
    protected StringRedisTemplate redis;

    /** Streams and keys, through the API. */
    protected Streams streams;
    /** The ingest's callbacks, as nginx-rtmp sends them. */
    protected IngestCalls ingest;

    @BeforeEach
    void fixtures() {
        streams = new Streams(api);
        ingest = new IngestCalls(ingestPort.port());
    }

    protected static long newUser() {
        return NEXT_USER.incrementAndGet();
    }

    protected int ingestPort() {
        return ingestPort.port();
    }
}
