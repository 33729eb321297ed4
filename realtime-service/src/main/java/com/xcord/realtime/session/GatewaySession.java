package com.xcord.realtime.session;

import com.xcord.realtime.delivery.Stream;
import com.xcord.realtime.protocol.DispatchType;
import com.xcord.realtime.protocol.Frames;
import com.xcord.realtime.protocol.Op;
import com.xcord.realtime.resume.ResumeStore;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A protocol session: outlives its socket for {@code resumeTtl}. Holds the sequence counter; every
 * DISPATCH gets the next number, is appended to the session's replay buffer in Redis and, when a socket is
 * attached, sent. All methods synchronize on the session, so frames leave in sequence order.
 */
public final class GatewaySession {

    /**
     * At DEBUG, a line per DISPATCH written to a socket. Routed events are dispatched on the consumer thread inside
     * the OpenTelemetry agent's Kafka processing span, so with the agent each line carries the trace of the request
     * that caused it ({@code trace.id}): the last hop of one trace from POST to socket. Off (one level check) by default.
     * A lower-case name, so that an environment variable can turn it on ({@code LOGGING_LEVEL_COM_XCORD_REALTIME_DISPATCH=DEBUG}):
     * Spring Boot lower-cases the logger names it binds from the environment.
     */
    private static final Logger deliveries = LoggerFactory.getLogger("com.xcord.realtime.dispatch");

    record Pending(DispatchType type, String dataJson, String eventId) {
    }

    record Held(long seq, String frame) {
    }

    private final String id;
    private final String userId;
    private final String authSessionId;
    private final ResumeStore store;
    private final SessionRegistry registry;
    /** -1 while a RESUME from another replica has not told us the last sequence yet. */
    private long seq;
    private Connection connection;
    private boolean resuming;
    private List<Pending> preSeq;
    private List<Held> held;
    private Set<String> replayedEventIds;
    volatile long detachedAt;
    volatile String status = "online";
    volatile boolean dead;
    /** The opt-in streams this session follows (guarded by this; see {@link Subscriptions}); null until one. */
    Set<Stream> streams;
    private final Runnable onRefused = () -> registryReplaced();

    GatewaySession(String id, String userId, String authSessionId, long seq, ResumeStore store,
            SessionRegistry registry) {
        this.id = id;
        this.userId = userId;
        this.authSessionId = authSessionId;
        this.seq = seq;
        this.store = store;
        this.registry = registry;
    }

    private void registryReplaced() {
        registry.replacedElsewhere(this);
    }

    public String id() {
        return id;
    }

    public String userId() {
        return userId;
    }

    /** auth-service's session (the token's {@code sid}); null when the token had none. */
    public String authSessionId() {
        return authSessionId;
    }

    /** The presence status this device set (online, idle, dnd, invisible). */
    public String status() {
        return status;
    }

    public void status(String status) {
        this.status = status;
    }

    public synchronized void dispatch(DispatchType type, String dataJson, String eventId) {
        if (dead) {
            return;
        }
        if (seq < 0) {
            if (preSeq == null) {
                preSeq = new ArrayList<>();
            }
            preSeq.add(new Pending(type, dataJson, eventId));
            return;
        }
        if (replayedEventIds != null && replayedEventIds.contains(eventId)) {
            return;
        }
        long s = ++seq;
        String frame = Frames.dispatch(type, s, dataJson);
        store.append(id, userId, authSessionId, s, eventId, frame, onRefused);
        if (resuming) {
            held.add(new Held(s, frame));
        } else if (connection != null && connection.send(frame)) {
            registry.meters().dispatched(type, eventId, registry.now());
            if (deliveries.isDebugEnabled()) {
                deliveries.debug("DISPATCH {} s={} event={} session={}", type, s, eventId, id);
            }
        }
    }

    public synchronized void attach(Connection c) {
        this.connection = c;
        this.detachedAt = 0;
    }

    /** The socket went away: keep buffering for a later RESUME. */
    public synchronized void detach(Connection c, long now) {
        if (connection == c) {
            connection = null;
            detachedAt = now;
        }
    }

    synchronized Connection connection() {
        return connection;
    }

    /** A RESUME is under way: frames from now on are held until the replay has been sent. */
    public synchronized Connection beginResume() {
        Connection previous = connection;
        connection = null;
        resuming = true;
        held = new ArrayList<>();
        detachedAt = 0;
        return previous;
    }

    public synchronized long seq() {
        return seq;
    }

    /**
     * Sends the replay (buffered frames after {@code clientSeq}), then what arrived meanwhile, then
     * RESUMED, and attaches the socket.
     */
    public synchronized void completeResume(Connection c, long clientSeq, long lastSeqInStore, List<ResumeStore.Entry> entries) {
        Set<String> ids = new HashSet<>();
        for (ResumeStore.Entry e : entries) {
            ids.add(e.eventId());
        }
        replayedEventIds = ids;
        if (seq < 0) {
            seq = lastSeqInStore;
            List<Pending> pending = preSeq == null ? List.of() : preSeq;
            preSeq = null;
            for (Pending p : pending) {
                dispatch(p.type(), p.dataJson(), p.eventId());
            }
        }
        long lastSent = clientSeq;
        for (ResumeStore.Entry e : entries) {
            if (e.seq() > lastSent) {
                c.send(e.frame());
                lastSent = e.seq();
            }
        }
        for (Held h : held) {
            if (h.seq() > lastSent) {
                c.send(h.frame());
                lastSent = h.seq();
            }
        }
        held = null;
        resuming = false;
        c.send(Frames.of(Op.RESUMED, java.util.Map.of("sessionId", id, "seq", seq)));
        connection = c;
        detachedAt = 0;
    }

    /** The RESUME failed: back to detached (or gone, if this object was created for it). */
    public synchronized void abortResume(long now) {
        resuming = false;
        if (held != null) {
            held = null;
        }
        detachedAt = now;
    }
}
