package com.xcord.auth.session;

import com.xcord.auth.token.SessionValidity;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Collection;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Answers "is this session still active?" for every authenticated request with a primary-key
 * lookup, remembered for a few seconds. A revocation on this replica takes effect at once;
 * on other replicas within the cache TTL.
 */
@Component
class ActiveSessionCache implements SessionValidity {

    private static final int MAX_ENTRIES = 100_000;

    private record Entry(boolean active, long checkedAtNanos) {
    }

    private final SessionRepository sessions;
    private final long ttlNanos;
    private final ConcurrentHashMap<Long, Entry> entries = new ConcurrentHashMap<>();

    ActiveSessionCache(SessionRepository sessions, SessionProperties properties) {
        this.sessions = sessions;
        this.ttlNanos = properties.activeCacheTtl().toNanos();
    }

    @Override
    public boolean isActive(long sessionId) {
        long now = System.nanoTime();
        Entry entry = entries.get(sessionId);
        // a revoked session never comes back, so a negative answer never goes stale
        if (entry != null && (!entry.active() || now - entry.checkedAtNanos() < ttlNanos)) {
            return entry.active();
        }
        boolean active = sessions.isActive(sessionId, Instant.now());
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(sessionId, new Entry(active, now));
        return active;
    }

    void revoked(Collection<Long> sessionIds) {
        long now = System.nanoTime();
        sessionIds.forEach(id -> entries.put(id, new Entry(false, now)));
    }
}
