package com.xcord.realtime.session;

import com.xcord.realtime.RealtimeProperties;
import com.xcord.realtime.delivery.LocalSessions;
import com.xcord.realtime.delivery.Stream;
import com.xcord.realtime.presence.PresenceService;
import com.xcord.realtime.protocol.CloseCode;
import com.xcord.realtime.protocol.DispatchType;
import com.xcord.realtime.resume.ResumeStore;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

/**
 * This replica's sessions and sockets, and delivery to them. A once-a-second sweep closes sockets that did
 * not identify in time (4003), stopped heartbeating (4009) or whose token expired (4004), and forgets
 * detached sessions past {@code resumeTtl}.
 */
@Component
public class SessionRegistry implements LocalSessions, InitializingBean, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SessionRegistry.class);

    private final Map<String, GatewaySession> sessions = new ConcurrentHashMap<>();
    private final Map<String, Set<GatewaySession>> byUser = new ConcurrentHashMap<>();
    private final Set<Connection> connections = ConcurrentHashMap.newKeySet();
    private final RealtimeProperties properties;
    private final ResumeStore store;
    private final PresenceService presence;
    private final Subscriptions subscriptions;
    private final Clock clock;
    private final RealtimeMeters meters;
    private Disposable sweeper;

    public SessionRegistry(RealtimeProperties properties, ResumeStore store, PresenceService presence,
            Subscriptions subscriptions, Clock clock, RealtimeMeters meters) {
        this.properties = properties;
        this.store = store;
        this.presence = presence;
        this.subscriptions = subscriptions;
        this.clock = clock;
        this.meters = meters;
    }

    /** The socket meters, for the connections and sessions of this registry. */
    public RealtimeMeters meters() {
        return meters;
    }

    long now() {
        return clock.millis();
    }

    // ---- delivery (any thread) ----

    @Override
    public void dispatch(String userId, DispatchType type, String dataJson, String eventId) {
        Set<GatewaySession> set = byUser.get(userId);
        if (set != null) {
            for (GatewaySession s : set) {
                s.dispatch(type, dataJson, eventId);
            }
        }
    }

    @Override
    public void dispatch(Stream stream, Predicate<String> mayReceive, DispatchType type, String dataJson,
            String eventId) {
        subscriptions.dispatch(stream, mayReceive, type, dataJson, eventId);
    }

    @Override
    public boolean hasLocalSessions(String userId) {
        return byUser.containsKey(userId);
    }

    @Override
    public void revoke(String userId, String authSessionId) {
        Set<GatewaySession> set = byUser.get(userId);
        if (set == null) {
            return;
        }
        for (GatewaySession s : Set.copyOf(set)) {
            if (authSessionId == null || authSessionId.equals(s.authSessionId())) {
                Connection c = s.connection();
                remove(s);
                store.delete(s.id()).subscribe(v -> { }, e -> { });
                if (c != null) {
                    c.closeNow(CloseCode.AUTH_FAILED, "Session revoked");
                }
            }
        }
    }

    // ---- bookkeeping ----

    /** A socket opened (before HELLO). */
    public void opened(Connection c) {
        connections.add(c);
    }

    /** A socket closed: its session stays resumable; its device leaves the presence aggregate. */
    public void closed(Connection c) {
        if (!connections.remove(c)) {
            return;
        }
        c.markClosed();
        GatewaySession s = c.session();
        if (s != null) {
            s.detach(c, clock.millis());
            presence.remove(s.userId(), s.id()).subscribe(v -> { }, e -> { });
        }
    }

    /** The session this replica holds under that id, or null. */
    public GatewaySession local(String sessionId) {
        return sessions.get(sessionId);
    }

    /** A new session object, not registered yet ({@code seq} -1: its sequence comes from Redis on RESUME). */
    public GatewaySession create(String sessionId, String userId, String authSessionId, long seq) {
        return new GatewaySession(sessionId, userId, authSessionId, seq, store, this);
    }

    public void add(GatewaySession s) {
        sessions.put(s.id(), s);
        byUser.computeIfAbsent(s.userId(), k -> ConcurrentHashMap.newKeySet()).add(s);
    }

    public void remove(GatewaySession s) {
        s.dead = true;
        sessions.remove(s.id(), s);
        byUser.computeIfPresent(s.userId(), (k, set) -> {
            set.remove(s);
            return set.isEmpty() ? null : set;
        });
        subscriptions.unsubscribeAll(s);
    }

    /** Another replica resumed this session: let it go here. */
    void replacedElsewhere(GatewaySession s) {
        if (s.dead) {
            return;
        }
        Connection c = s.connection();
        remove(s);
        if (c != null) {
            c.closeNow(CloseCode.SESSION_REPLACED, "Session resumed elsewhere");
        }
    }

    /** Every socket of this replica, for the graceful shutdown. */
    List<Connection> connections() {
        return List.copyOf(connections);
    }

    boolean hasConnections() {
        return !connections.isEmpty();
    }

    /**
     * Forgets those of the sessions another replica has taken over (checked in Redis); returns how many remain here.
     * Used while shutting down: sessions stay buffered here until their clients resumed elsewhere.
     */
    int releaseMovedSessions(Collection<GatewaySession> waitingFor) {
        Flux.fromIterable(waitingFor)
                .filter(s -> !s.dead)
                .flatMap(s -> store.owner(s.id()).defaultIfEmpty("").map(owner -> Map.entry(s, owner)), 32)
                .filter(e -> !e.getValue().equals(store.replicaId()))
                .doOnNext(e -> remove(e.getKey()))
                .then().block(Duration.ofSeconds(2));
        return (int) waitingFor.stream().filter(s -> !s.dead).count();
    }

    /** Sockets of this user attached on this replica. */
    public int attachedSockets(String userId) {
        Set<GatewaySession> set = byUser.get(userId);
        if (set == null) {
            return 0;
        }
        int n = 0;
        for (GatewaySession s : set) {
            Connection c = s.connection();
            if (c != null && !c.isClosed()) {
                n++;
            }
        }
        return n;
    }

    /** Whether a TCP connection of this user is still open here (closed or not at the protocol level). */
    public boolean hasConnection(String userId) {
        for (Connection c : connections) {
            GatewaySession s = c.session();
            if (s != null && s.userId().equals(userId)) {
                return true;
            }
        }
        return false;
    }

    public int connectionCount() {
        return connections.size();
    }

    public int sessionCount() {
        return sessions.size();
    }

    @Override
    public void afterPropertiesSet() {
        sweeper = Flux.interval(Duration.ofSeconds(1), Schedulers.parallel())
                .onBackpressureDrop()
                .subscribe(t -> {
                    try {
                        sweep(clock.millis());
                    } catch (RuntimeException e) {
                        log.warn("sweep failed", e);
                    }
                });
    }

    void sweep(long now) {
        long identifyTimeout = properties.identifyTimeout().toMillis();
        long heartbeatTimeout = (long) (properties.heartbeatInterval().toMillis() * properties.heartbeatTolerance());
        for (Connection c : connections) {
            SocketState state = c.state();
            if (state == SocketState.CLOSED) {
                continue;
            }
            if (state == SocketState.CONNECTED && now - c.openedAt() > identifyTimeout) {
                c.closeNow(CloseCode.NOT_AUTHENTICATED, "Not authenticated");
            } else if (now - c.lastHeartbeat() > heartbeatTimeout) {
                c.closeNow(CloseCode.SESSION_TIMED_OUT, "Session timed out");
            } else if (state.hasSession() && now > c.identity().expiresAtMillis()) {
                c.closeNow(CloseCode.AUTH_FAILED, "Token expired; identify again with a fresh token");
            }
        }
        long ttl = properties.resumeTtl().toMillis();
        for (GatewaySession s : sessions.values()) {
            long detachedAt = s.detachedAt;
            if (detachedAt > 0 && now - detachedAt > ttl) {
                remove(s);
            }
        }
    }

    @Override
    public void destroy() {
        if (sweeper != null) {
            sweeper.dispose();
        }
    }
}
