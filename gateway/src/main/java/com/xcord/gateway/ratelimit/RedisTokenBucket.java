package com.xcord.gateway.ratelimit;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * A token bucket per key in Redis, taken in one round trip by a Lua script (EVALSHA) that reads
 * Redis's clock, so gateway replicas with skewed clocks still share one bucket correctly.
 *
 * <p>Spring Data Redis opens its shared Lettuce connection on first use and blocks the calling thread
 * (and, behind a lock, every other caller) until it is up. On an event loop that froze the whole gateway
 * for the first rate-limited request after start. So the connection is opened here, on a worker thread:
 * at startup by {@link RateLimitWarmup}, later in the background if that failed; until it is open,
 * {@link #take} fails at once and the request passes unlimited (fail open). Once open, Lettuce keeps
 * reconnecting it by itself.
 */
@Component
class RedisTokenBucket {

    private static final RedisScript<List<Long>> SCRIPT = TokenBucketScript.load();
    private static final String PREFIX = "xcord:gw:rl:";
    /** A bucket no client shares: taking from it loads the script into Redis. */
    private static final String WARMUP_BUCKET = "gateway-warmup";
    private static final RateLimitProperties.Policy WARMUP_POLICY =
            new RateLimitProperties.Policy(1_000_000, Duration.ofMinutes(1), RateLimitProperties.Per.IP);

    /** Why a request passed unlimited before the first connection was opened. */
    static final class NotConnectedException extends RuntimeException {
        NotConnectedException() {
            super("no connection to Redis yet", null, false, false);
        }
    }

    private final ReactiveStringRedisTemplate redis;
    private final AtomicBoolean connecting = new AtomicBoolean();
    private volatile boolean connected;

    RedisTokenBucket(ReactiveStringRedisTemplate redis) {
        this.redis = redis;
    }

    Mono<RateLimitDecision> take(String bucket, RateLimitProperties.Policy policy) {
        if (!connected) {
            connectInBackground();
            return Mono.error(new NotConnectedException());
        }
        return execute(bucket, policy);
    }

    boolean isConnected() {
        return connected;
    }

    /**
     * Opens the shared connection on a worker thread, then loads the script by taking from a bucket of
     * its own. Errors when Redis cannot be reached; a failed script load still counts as connected.
     */
    Mono<Void> connect() {
        return Mono.fromRunnable(() -> redis.getConnectionFactory().getReactiveConnection().close())
                .subscribeOn(Schedulers.boundedElastic())
                .doOnSuccess(done -> connected = true)
                .then(Mono.defer(() -> execute(WARMUP_BUCKET, WARMUP_POLICY)).then().onErrorComplete());
    }

    private void connectInBackground() {
        if (connecting.compareAndSet(false, true)) {
            connect().doFinally(signal -> connecting.set(false)).subscribe(null, error -> { });
        }
    }

    private Mono<RateLimitDecision> execute(String bucket, RateLimitProperties.Policy policy) {
        long windowMillis = policy.window().toMillis();
        return redis.execute(SCRIPT, List.of(PREFIX + bucket),
                        List.of(Integer.toString(policy.limit()), Long.toString(windowMillis)))
                .next()
                .map(result -> new RateLimitDecision(result.get(0) == 1L, policy.limit(), result.get(1),
                        ceilSeconds(result.get(2)), ceilSeconds(result.get(3))));
    }

    private static long ceilSeconds(long millis) {
        return (millis + 999) / 1000;
    }
}
