package com.xcord.realtime.session;

import com.xcord.realtime.RealtimeProperties;
import com.xcord.realtime.delivery.Stream;
import com.xcord.realtime.protocol.DispatchType;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;

/**
 * The opt-in streams of this replica's sessions, and delivery on them.
 *
 * <p>A subscription belongs to the {@link GatewaySession} (its set of streams, guarded by the session's lock,
 * plus this index from stream to sessions): a RESUME on the same replica keeps it, and what it delivered
 * while the socket was away is replayed. A RESUME that lands on another replica starts without it (only the
 * replay buffer is in Redis), so clients re-send their SUBSCRIBEs after RESUMED, as they re-request Discord's
 * lazy guild subscriptions; a SUBSCRIBE already held is a no-op.
 *
 * <p>A subscription is an interest, not a permission: the producer's route decides at every event whether
 * the subscriber may see it (blocks and audiences change after a SUBSCRIBE).
 */
@Component
public class Subscriptions {

    private final Map<Stream, Set<GatewaySession>> sessionsByStream = new ConcurrentHashMap<>();
    private final int maxPerSession;

    public Subscriptions(RealtimeProperties properties) {
        this.maxPerSession = properties.maxSubscriptions();
    }

    /** False, changing nothing, when the session already follows its maximum of streams or is gone. */
    public boolean subscribe(GatewaySession s, Stream stream) {
        synchronized (s) {
            if (s.dead) {
                return false;
            }
            if (s.streams == null) {
                s.streams = new HashSet<>(4); // most sessions never subscribe: no set until one does
            }
            if (s.streams.contains(stream)) {
                return true;
            }
            if (s.streams.size() >= maxPerSession) {
                return false;
            }
            s.streams.add(stream);
            sessionsByStream.compute(stream, (k, set) -> {
                Set<GatewaySession> sessions = set != null ? set : ConcurrentHashMap.newKeySet();
                sessions.add(s);
                return sessions;
            });
            return true;
        }
    }

    public void unsubscribe(GatewaySession s, Stream stream) {
        synchronized (s) {
            if (s.streams != null && s.streams.remove(stream)) {
                unindex(s, stream);
            }
        }
    }

    /** The session is gone (revoked, expired, moved to another replica). */
    void unsubscribeAll(GatewaySession s) {
        synchronized (s) {
            if (s.streams != null) {
                s.streams.forEach(stream -> unindex(s, stream));
                s.streams = null;
            }
        }
    }

    /**
     * Dispatches to every session subscribed to the stream whose user passes {@code mayReceive} (each session
     * once; a user with two subscribed sessions gets it on both).
     */
    void dispatch(Stream stream, Predicate<String> mayReceive, DispatchType type, String dataJson, String eventId) {
        Set<GatewaySession> sessions = sessionsByStream.get(stream);
        if (sessions == null) {
            return;
        }
        for (GatewaySession s : sessions) {
            if (mayReceive.test(s.userId())) {
                s.dispatch(type, dataJson, eventId);
            }
        }
    }

    /**
     * The users watching each stream of {@code type} from a socket attached here now (a session awaiting RESUME
     * watches nothing): live-service's viewer counts are built from this.
     */
    public Map<String, Set<String>> watchersOf(String type) {
        Map<String, Set<String>> watchers = new java.util.HashMap<>();
        sessionsByStream.forEach((stream, sessions) -> {
            if (stream.type().equals(type)) {
                for (GatewaySession s : sessions) {
                    if (!s.dead && s.connection() != null) {
                        watchers.computeIfAbsent(stream.id(), k -> new HashSet<>()).add(s.userId());
                    }
                }
            }
        });
        return watchers;
    }

    private void unindex(GatewaySession s, Stream stream) {
        sessionsByStream.computeIfPresent(stream, (k, set) -> {
            set.remove(s);
            return set.isEmpty() ? null : set;
        });
    }
}
