package com.xcord.live.viewer;

import com.xcord.live.stream.Audience;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * Counts each live stream's viewers every {@code xcord.live.viewers.sample-interval} and records changes.
 *
 * <p>The viewers are kept by realtime-service, which serves their sockets: for each live stream a Redis sorted set
 * {@code xcord:live:viewers:<streamId>} whose members are the user ids of the sockets SUBSCRIBEd to it (on any
 * realtime replica) and whose scores are when each entry expires (epoch ms). Every replica refreshes its own
 * subscribers' entries every few seconds, so a user counts once however many sockets and replicas they watch from,
 * and a crashed client or replica drops out when its entries expire. Here the expired entries are removed and the
 * rest counted in one pipelined round trip for all live streams; a changed count updates the stream (and its peak)
 * and is announced as {@code live.viewers.changed}, which realtime-service turns into VIEWER_COUNT.
 */
@Component
class ViewerSampler {

    /** The key realtime-service writes (its {@code routes.live.LiveViewers}); the one name both sides share. */
    static final String KEY_PREFIX = "xcord:live:viewers:";

    private static final Logger log = LoggerFactory.getLogger(ViewerSampler.class);

    private final Audience audience;
    private final StringRedisTemplate redis;

    ViewerSampler(Audience audience, StringRedisTemplate redis) {
        this.audience = audience;
        this.redis = redis;
    }

    @Scheduled(fixedDelayString = "${xcord.live.viewers.sample-interval:2s}")
    void sample() {
        List<Long> live = audience.liveStreamIds();
        if (live.isEmpty()) {
            return;
        }
        long now = System.currentTimeMillis();
        List<Object> replies;
        try {
            replies = redis.executePipelined((RedisCallback<Object>) connection -> {
                for (long id : live) {
                    byte[] key = (KEY_PREFIX + id).getBytes(StandardCharsets.UTF_8);
                    connection.zSetCommands().zRemRangeByScore(key, Double.NEGATIVE_INFINITY, now);
                    connection.zSetCommands().zCard(key);
                }
                return null;
            });
        } catch (DataAccessException e) {
            log.warn("viewer counts not sampled: Redis unavailable ({})", e.getMessage());
            return;
        }
        Instant at = Instant.ofEpochMilli(now);
        for (int i = 0; i < live.size(); i++) {
            Object count = replies.get(2 * i + 1);
            audience.counted(live.get(i), count instanceof Number n ? n.intValue() : 0, at);
        }
    }
}
