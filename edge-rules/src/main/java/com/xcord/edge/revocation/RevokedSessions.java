package com.xcord.edge.revocation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sessions auth-service has ended lately, as this process knows them: an access token whose {@code sid} is
 * here is refused although its signature and expiry are fine (DESIGN §4: logout revokes the session).
 *
 * <p>An ended session is remembered for {@code rememberFor} after it ended — longer than an access token
 * lives, so that every token of it has expired by the time it is forgotten. Lookups are one hash-map read:
 * the check costs the gateway and every service nothing measurable per request (the network stays out of it;
 * {@link SessionRevocationFeed} fills the map from the event stream in the background).
 */
public final class RevokedSessions {

    /** Session id → when to forget it (epoch millis). */
    private final ConcurrentHashMap<Long, Long> forgetAt = new ConcurrentHashMap<>();
    private final Duration rememberFor;
    private final Clock clock;

    public RevokedSessions(Duration rememberFor, Clock clock) {
        if (rememberFor.isNegative() || rememberFor.isZero()) {
            throw new IllegalArgumentException("rememberFor must be positive");
        }
        this.rememberFor = rememberFor;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The session ended at {@code endedAt}; a revocation that old that it is already forgotten is ignored. */
    public void ended(long sessionId, Instant endedAt) {
        long until = endedAt.plus(rememberFor).toEpochMilli();
        if (until > clock.millis()) {
            forgetAt.merge(sessionId, until, Math::max);
        }
    }

    /** Whether a token of this session must be refused. */
    public boolean isEnded(long sessionId) {
        return forgetAt.containsKey(sessionId);
    }

    /** Drops what is older than {@code rememberFor}: the tokens it would refuse have expired anyway. */
    public void forgetExpired() {
        long now = clock.millis();
        forgetAt.values().removeIf(until -> until <= now);
    }

    /** How many ended sessions are remembered now. */
    public int size() {
        return forgetAt.size();
    }

    public Duration rememberFor() {
        return rememberFor;
    }
}
