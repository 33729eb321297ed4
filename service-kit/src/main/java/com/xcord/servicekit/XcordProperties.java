package com.xcord.servicekit;

import com.xcord.edge.SecurityProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.time.Duration;
import java.util.List;

/**
 * Everything a service can tune in the kit, under the {@code xcord} prefix.
 *
 * @param schema      the service's Postgres schema (also where the kit's tables live)
 * @param security    {@code xcord.security.*}: edge-rules' record, the one the gateway and realtime-service bind too
 */
@ConfigurationProperties("xcord")
public record XcordProperties(
        @DefaultValue("public") String schema,
        @DefaultValue SecurityProperties security,
        @DefaultValue Web web,
        @DefaultValue Ids ids,
        @DefaultValue Idempotency idempotency,
        @DefaultValue Outbox outbox,
        @DefaultValue Consumer consumer) {

    /**
     * @param maxBodySize           larger request bodies get 413 (also when chunked)
     * @param unlimitedBodyPaths    Ant-style patterns exempt from the limit (uploads)
     */
    public record Web(
            @DefaultValue("1MB") DataSize maxBodySize,
            @DefaultValue List<String> unlimitedBodyPaths) {
    }

    /**
     * @param workerId     fixed worker id (0..1023); when unset a lease is taken in Redis
     * @param leaseTtl     lifetime of the Redis lease; renewed at a third of it
     */
    public record Ids(Integer workerId, @DefaultValue("30s") Duration leaseTtl) {
    }

    /**
     * @param retention     how long a stored response is replayed
     * @param purgeInterval how often expired keys are deleted
     */
    public record Idempotency(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("24h") Duration retention,
            @DefaultValue("1h") Duration purgeInterval) {
    }

    /**
     * @param sweepInterval   how often the relay runs even without a commit signal
     * @param batchSize       rows read and sent per round trip
     * @param sendTimeout     longest wait for one batch's acks
     * @param maxBackoff      longest pause between attempts while Kafka is unreachable
     */
    public record Outbox(
            @DefaultValue("1s") Duration sweepInterval,
            @DefaultValue("500") int batchSize,
            @DefaultValue("15s") Duration sendTimeout,
            @DefaultValue("5s") Duration maxBackoff) {
    }

    /**
     * @param maxAttempts         deliveries of one record before it goes to {@code <topic>.dlt}
     * @param backoff             pause between attempts (blocking: keeps per-key order)
     * @param processedRetention  how long processed event ids are remembered
     */
    public record Consumer(
            @DefaultValue("3") int maxAttempts,
            @DefaultValue("200ms") Duration backoff,
            @DefaultValue("7d") Duration processedRetention) {
    }
}
