package com.xcord.realtime.presence;

import com.xcord.realtime.RealtimeProperties;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Presence in Redis, aggregated over a user's devices (sessions). {@code rt:p:{userId}} is a hash
 * {@code sessionId -> status|expiresAtMillis}; each socket's heartbeat refreshes its entry, so a crashed
 * replica's devices expire after {@code presenceTtl} and leave no ghosts. The aggregate: {@code dnd} if any
 * device is dnd, else {@code online}, else {@code idle}, else {@code invisible}, else {@code offline}.
 * Others see {@code invisible} as {@code offline}. A change of the visible aggregate is published on
 * {@code rt:presence} so every replica tells its sockets (friends and co-members).
 */
@Component
public class PresenceService {

    public static final String CHANNEL = "rt:presence";
    public static final List<String> STATUSES = List.of("online", "idle", "dnd", "invisible");
    private static final List<String> PRIORITY = List.of("dnd", "online", "idle", "invisible");

    private final ReactiveStringRedisTemplate redis;
    private final RealtimeProperties properties;
    private final Clock clock;

    public PresenceService(ReactiveStringRedisTemplate redis, RealtimeProperties properties, Clock clock) {
        this.redis = redis;
        this.properties = properties;
        this.clock = clock;
    }

    static String key(String userId) {
        return "rt:p:{" + userId + "}";
    }

    /** Sets (or refreshes) a device's status and publishes the visible aggregate if it changed. */
    public Mono<Void> set(String userId, String sessionId, String status) {
        long expires = clock.millis() + properties.presenceTtl().toMillis();
        return aggregateAround(userId, redis.opsForHash().put(key(userId), sessionId, status + "|" + expires)
                .then(redis.expire(key(userId), properties.presenceTtl().plusSeconds(5))).then());
    }

    public Mono<Void> remove(String userId, String sessionId) {
        return aggregateAround(userId, redis.opsForHash().remove(key(userId), sessionId).then());
    }

    /** The status others see: invisible and expired are offline. */
    public Mono<String> visibleStatus(String userId) {
        return aggregate(userId).map(PresenceService::visible);
    }

    public Mono<Map<String, String>> visibleStatuses(Set<String> userIds) {
        return Flux.fromIterable(userIds)
                .flatMap(id -> visibleStatus(id).map(s -> Map.entry(id, s)), 16)
                .collectMap(Map.Entry::getKey, Map.Entry::getValue, HashMap::new);
    }

    static String visible(String aggregate) {
        return aggregate.equals("invisible") ? "offline" : aggregate;
    }

    private Mono<Void> aggregateAround(String userId, Mono<Void> change) {
        return visibleStatus(userId).flatMap(before -> change.then(visibleStatus(userId))
                .flatMap(after -> after.equals(before) ? Mono.<Void>empty()
                        : redis.convertAndSend(CHANNEL, userId + "|" + after).then()));
    }

    Mono<String> aggregate(String userId) {
        long now = clock.millis();
        return redis.<String, String>opsForHash().values(key(userId)).collectList().map(values -> {
            List<String> live = new ArrayList<>();
            for (String v : values) {
                int bar = v.indexOf('|');
                if (bar > 0 && Long.parseLong(v.substring(bar + 1)) > now) {
                    live.add(v.substring(0, bar));
                }
            }
            for (String status : PRIORITY) {
                if (live.contains(status)) {
                    return status;
                }
            }
            return "offline";
        });
    }
}
