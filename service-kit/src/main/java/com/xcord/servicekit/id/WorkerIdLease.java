package com.xcord.servicekit.id;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.data.redis.core.script.RedisScript;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A worker id leased in Redis ({@code SET xcord:worker:<app>:<n> <token> NX PX ttl}) so that
 * replicas of a service never share one. Renewed by the owner only; released on shutdown.
 */
public class WorkerIdLease {

    private static final Logger log = LoggerFactory.getLogger(WorkerIdLease.class);

    private static final RedisScript<Long> RENEW = new DefaultRedisScript<>(
            "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) "
                    + "else return 0 end", Long.class);
    private static final RedisScript<Long> RELEASE = new DefaultRedisScript<>(
            "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end",
            Long.class);

    private final StringRedisTemplate redis;
    private final String app;
    private final Duration ttl;
    private final String token = UUID.randomUUID().toString();
    private volatile int workerId = -1;

    public WorkerIdLease(StringRedisTemplate redis, String app, Duration ttl) {
        this.redis = redis;
        this.app = app;
        this.ttl = ttl;
    }

    /** Takes a free worker id, starting at a random one so that restarts spread out. */
    public int acquire() {
        int start = ThreadLocalRandom.current().nextInt(SnowflakeIds.MAX_WORKER + 1);
        for (int i = 0; i <= SnowflakeIds.MAX_WORKER; i++) {
            int candidate = (start + i) % (SnowflakeIds.MAX_WORKER + 1);
            Boolean taken = redis.opsForValue().setIfAbsent(key(candidate), token, ttl);
            if (Boolean.TRUE.equals(taken)) {
                workerId = candidate;
                log.info("leased snowflake worker id {} for {}", candidate, app);
                return candidate;
            }
        }
        throw new IllegalStateException("all " + (SnowflakeIds.MAX_WORKER + 1) + " worker ids of " + app
                + " are leased");
    }

    /** Extends the lease; false if it was lost (expired and maybe taken by another replica). */
    public boolean renew() {
        int current = workerId;
        if (current < 0) {
            return false;
        }
        Long ok = redis.execute(RENEW, List.of(key(current)), token, Long.toString(ttl.toMillis()));
        return ok != null && ok == 1L;
    }

    public void release() {
        int current = workerId;
        if (current < 0) {
            return;
        }
        try {
            redis.execute(RELEASE, List.of(key(current)), token);
            log.info("released snowflake worker id {} for {}", current, app);
        } catch (RuntimeException e) {
            log.warn("could not release worker id {} (it expires by itself): {}", current, e.toString());
        }
        workerId = -1;
    }

    public int workerId() {
        return workerId;
    }

    private String key(int n) {
        return "xcord:worker:" + app + ":" + n;
    }
}
