package com.xcord.realtime.viewers;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.ZSetOperations.TypedTuple;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import com.xcord.realtime.session.Subscriptions;

/**
 * Tells live-service who watches: every {@code refresh} this replica writes, for each live stream its sockets are
 * SUBSCRIBEd to, the watching users into the Redis sorted set {@code xcord:live:viewers:<streamId>} with an expiry
 * {@code ttl} ahead as score. live-service counts the unexpired members (a user once, however many sockets or
 * replicas) and announces changes (VIEWER_COUNT). A user who unsubscribes or disconnects is not refreshed and drops
 * out within {@code ttl}; so does everyone of a replica that crashed.
 */
@Component
class LiveViewers implements SmartLifecycle {

    /** live-service's {@code viewer.ViewerSampler.KEY_PREFIX}: the one name both sides share. */
    static final String KEY_PREFIX = "xcord:live:viewers:";
    /** The opt-in stream type of a live stream, which {@code routes.live.LiveRoutes} delivers on. */
    static final String LIVE_STREAM = "live";

    private static final Logger log = LoggerFactory.getLogger(LiveViewers.class);

    private final Subscriptions subscriptions;
    private final ReactiveStringRedisTemplate redis;
    private final Duration ttl;
    private final Duration refresh;
    private volatile Disposable running;

    LiveViewers(Subscriptions subscriptions, ReactiveStringRedisTemplate redis,
            @Value("${xcord.realtime.live-viewer-ttl:6s}") Duration ttl,
            @Value("${xcord.realtime.live-viewer-refresh:2s}") Duration refresh) {
        this.subscriptions = subscriptions;
        this.redis = redis;
        this.ttl = ttl;
        this.refresh = refresh;
    }

    @Override
    public void start() {
        running = Flux.interval(refresh, refresh).onBackpressureDrop().concatMap(tick -> refreshOnce(), 1).subscribe();
    }

    @Override
    public void stop() {
        Disposable r = running;
        if (r != null) {
            r.dispose();
        }
        running = null;
    }

    @Override
    public boolean isRunning() {
        return running != null;
    }

    Mono<Void> refreshOnce() {
        Map<String, Set<String>> watchers = subscriptions.watchersOf(LIVE_STREAM);
        if (watchers.isEmpty()) {
            return Mono.empty();
        }
        double expires = System.currentTimeMillis() + ttl.toMillis();
        return Flux.fromIterable(watchers.entrySet())
                .flatMap(e -> {
                    String key = KEY_PREFIX + e.getKey();
                    List<TypedTuple<String>> members = e.getValue().stream()
                            .<TypedTuple<String>>map(user -> TypedTuple.of(user, expires)).toList();
                    return redis.opsForZSet().addAll(key, members)
                            .then(redis.expire(key, ttl.multipliedBy(10)));
                }, 16)
                .then()
                .doOnError(e -> log.warn("live viewers not refreshed: {}", e.toString()))
                .onErrorComplete();
    }
}
