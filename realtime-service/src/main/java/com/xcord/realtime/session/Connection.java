package com.xcord.realtime.session;

import com.xcord.realtime.auth.Identity;
import com.xcord.realtime.protocol.CloseCode;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.web.reactive.socket.CloseStatus;
import org.springframework.web.reactive.socket.WebSocketSession;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import reactor.util.concurrent.Queues;

/**
 * One WebSocket and its {@link SocketState}. Outbound frames go through a queue bounded by
 * {@code outboundQueue}: Reactor Netty takes from it only while the channel is writable, so a client that does
 * not read fills it and is closed (4010) instead of growing memory. The queue is a linked MPSC queue, so an
 * idle socket costs no array.
 */
public final class Connection {

    private final String id;
    private final WebSocketSession ws;
    private final long openedAt;
    private final int capacity;
    private final RealtimeMeters meters;
    private final Sinks.Many<String> sink = Sinks.many().unicast().onBackpressureBuffer(Queues.<String>unboundedMultiproducer().get());
    private final AtomicInteger queued = new AtomicInteger();
    private final AtomicReference<SocketState> state = new AtomicReference<>(SocketState.CONNECTED);
    private volatile CloseStatus closeAfterFlush;

    // touched by the inbound thread (the channel's event loop), token verification callbacks and the sweeper
    private volatile long lastHeartbeat;
    private volatile Identity identity;
    private volatile GatewaySession session;
    private long windowStart;
    private int framesInWindow;
    /** Last TYPING relayed per target, for throttling; tiny, usually absent. */
    private Map<String, Long> lastTyping;

    public Connection(String id, WebSocketSession ws, int capacity, long now, RealtimeMeters meters) {
        this.id = id;
        this.ws = ws;
        this.capacity = capacity;
        this.meters = meters;
        this.openedAt = now;
        this.lastHeartbeat = now;
        this.windowStart = now;
    }

    public String id() {
        return id;
    }

    public Flux<String> outbound() {
        return sink.asFlux().doOnNext(frame -> queued.decrementAndGet());
    }

    /** The close status to send once the queued frames are out (after {@link #closeAfterFlush}), or null. */
    public CloseStatus closeAfterFlushStatus() {
        return closeAfterFlush;
    }

    // ---- state ----

    public SocketState state() {
        return state.get();
    }

    /**
     * Moves {@code from → to} if the socket is still in {@code from}; false otherwise (it closed meanwhile, or
     * another frame moved it first).
     */
    public boolean moveTo(SocketState from, SocketState to) {
        if (!from.canMoveTo(to)) {
            throw new IllegalStateException("no move from " + from + " to " + to);
        }
        return state.compareAndSet(from, to);
    }

    /** The protocol session is attached: IDENTIFYING or RESUMING becomes READY. */
    public boolean ready(SocketState from, Identity identity, GatewaySession session) {
        this.identity = identity;
        this.session = session;
        return moveTo(from, SocketState.READY);
    }

    /** A fresh token for the same user: REIDENTIFYING becomes READY again. */
    public void reidentified(Identity fresh) {
        this.identity = fresh;
        moveTo(SocketState.REIDENTIFYING, SocketState.READY);
    }

    public boolean isClosed() {
        return state.get() == SocketState.CLOSED;
    }

    public Identity identity() {
        return identity;
    }

    public GatewaySession session() {
        return session;
    }

    // ---- inbound bookkeeping ----

    public long openedAt() {
        return openedAt;
    }

    public long lastHeartbeat() {
        return lastHeartbeat;
    }

    public void heartbeat(long now) {
        lastHeartbeat = now;
    }

    /** Counts an inbound frame; false when the client exceeded its budget for the window. */
    public boolean admit(long now, int limit, long windowMillis) {
        if (now - windowStart >= windowMillis) {
            windowStart = now;
            framesInWindow = 0;
        }
        return ++framesInWindow <= limit;
    }

    /** Whether a TYPING for this target may be relayed now (one per {@code throttleMillis}); records it if so. */
    public boolean admitTyping(String target, long now, long throttleMillis) {
        if (lastTyping == null) {
            lastTyping = new HashMap<>(2);
        }
        Long last = lastTyping.get(target);
        if (last != null && now - last < throttleMillis) {
            return false;
        }
        if (lastTyping.size() > 16) {
            lastTyping.clear();
        }
        lastTyping.put(target, now);
        return true;
    }

    // ---- outbound ----

    /** Queues a frame; false (and the socket closing) when the client is too far behind. */
    public synchronized boolean send(String frame) {
        if (isClosed()) {
            return false;
        }
        if (queued.incrementAndGet() > capacity) {
            meters.outboundDropped();
            if (closeNow(CloseCode.TOO_SLOW, "Too slow: the client does not read its frames")) {
                meters.slowConsumerClosed();
            }
            return false;
        }
        if (sink.tryEmitNext(frame).isFailure()) {
            queued.decrementAndGet();
            meters.outboundDropped();
            return false;
        }
        return true;
    }

    /** Closes at once; queued frames are dropped. False when the socket was closed already. */
    public boolean closeNow(CloseCode code, String reason) {
        if (state.getAndSet(SocketState.CLOSED) == SocketState.CLOSED) {
            return false;
        }
        ws.close(new CloseStatus(code.code(), reason)).subscribe(v -> { }, e -> { });
        return true;
    }

    /** Sends what is queued (e.g. a RECONNECT), then closes. */
    synchronized void closeAfterFlush(CloseCode code, String reason) {
        if (state.getAndSet(SocketState.CLOSED) == SocketState.CLOSED) {
            return;
        }
        closeAfterFlush = new CloseStatus(code.code(), reason);
        sink.tryEmitComplete();
    }

    void markClosed() {
        state.set(SocketState.CLOSED);
        sink.tryEmitComplete();
    }
}
