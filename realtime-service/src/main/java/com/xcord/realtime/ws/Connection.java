package com.xcord.realtime.ws;

import com.xcord.realtime.auth.Identity;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.web.reactive.socket.CloseStatus;
import org.springframework.web.reactive.socket.WebSocketSession;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import reactor.util.concurrent.Queues;

/**
 * One WebSocket. Outbound frames go through a queue bounded by {@code outboundQueue}: Reactor Netty takes
 * from it only while the channel is writable, so a client that does not read fills it and is closed
 * (4010) instead of growing memory. The queue is a linked MPSC queue, so an idle socket costs no array.
 */
final class Connection {

    final String id;
    final WebSocketSession ws;
    final long openedAt;
    private final int capacity;
    private final Sinks.Many<String> sink = Sinks.many().unicast().onBackpressureBuffer(Queues.<String>unboundedMultiproducer().get());
    private final AtomicInteger queued = new AtomicInteger();
    private volatile boolean closed;
    volatile CloseStatus closeAfterFlush;

    // touched by the inbound thread (the channel's event loop) and the sweeper
    volatile long lastHeartbeat;
    volatile Identity identity;
    volatile GatewaySession session;
    volatile boolean authenticating;
    private long windowStart;
    private int framesInWindow;
    /** Last TYPING relayed per target, for throttling; tiny, usually empty. */
    java.util.Map<String, Long> lastTyping;

    Connection(String id, WebSocketSession ws, int capacity, long now) {
        this.id = id;
        this.ws = ws;
        this.capacity = capacity;
        this.openedAt = now;
        this.lastHeartbeat = now;
        this.windowStart = now;
    }

    Flux<String> outbound() {
        return sink.asFlux().doOnNext(frame -> queued.decrementAndGet());
    }

    /** Queues a frame; false (and the socket closing) when the client is too far behind. */
    synchronized boolean send(String frame) {
        if (closed) {
            return false;
        }
        if (queued.incrementAndGet() > capacity) {
            closeNow(Ops.TOO_SLOW, "Too slow: the client does not read its frames");
            return false;
        }
        if (sink.tryEmitNext(frame).isFailure()) {
            queued.decrementAndGet();
            return false;
        }
        return true;
    }

    /** Counts an inbound frame; false when the client exceeded its budget for the window. */
    boolean admit(long now, int limit, long windowMillis) {
        if (now - windowStart >= windowMillis) {
            windowStart = now;
            framesInWindow = 0;
        }
        return ++framesInWindow <= limit;
    }

    boolean isClosed() {
        return closed;
    }

    /** Closes at once; queued frames are dropped. */
    void closeNow(int code, String reason) {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        ws.close(new CloseStatus(code, reason)).subscribe(v -> { }, e -> { });
    }

    /** Sends what is queued (e.g. a RECONNECT), then closes. */
    synchronized void closeAfterFlush(int code, String reason) {
        if (closed) {
            return;
        }
        closed = true;
        closeAfterFlush = new CloseStatus(code, reason);
        sink.tryEmitComplete();
    }

    void markClosed() {
        synchronized (this) {
            closed = true;
        }
        sink.tryEmitComplete();
    }
}
