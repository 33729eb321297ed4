package com.xcord.auth.login;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;

/**
 * The client networks an account signed in from recently: one Redis key per (account, network)
 * holding the time of the last successful login there, kept {@code known-client-ttl}. The age is
 * checked against the service's {@link Clock} (tests move it); Redis expiry collects the key.
 * A Redis failure answers "unknown"; the limits themselves fail open then.
 */
@Component
class KnownNetworks {

    private static final Logger log = LoggerFactory.getLogger(KnownNetworks.class);
    private static final String PREFIX = "auth:login:known:";

    private final StringRedisTemplate redis;
    private final Clock clock;

    KnownNetworks(StringRedisTemplate redis, Clock clock) {
        this.redis = redis;
        this.clock = clock;
    }

    boolean isKnown(String account, String network, Duration ttl) {
        try {
            String lastLogin = redis.opsForValue().get(key(account, network));
            return lastLogin != null && clock.millis() - Long.parseLong(lastLogin) < ttl.toMillis();
        } catch (RuntimeException e) {
            log.warn("known networks: Redis unavailable ({})", e.getClass().getSimpleName());
            return false;
        }
    }

    void remember(String account, String network, Duration ttl) {
        try {
            redis.opsForValue().set(key(account, network), Long.toString(clock.millis()), ttl);
        } catch (RuntimeException e) {
            log.warn("known networks: Redis unavailable, not remembered ({})", e.getClass().getSimpleName());
        }
    }

    private static String key(String account, String network) {
        return PREFIX + account + "|" + network;
    }
}
