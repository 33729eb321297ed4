package com.xcord.loadtest.realtime;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.client.WebsocketClientSpec;
import reactor.netty.http.websocket.WebsocketInbound;
import reactor.netty.http.websocket.WebsocketOutbound;

/**
 * One client of realtime's {@code /ws} as DESIGN §6 describes it: answers HELLO with IDENTIFY, is ready at
 * READY, heartbeats at HELLO's interval (the first after a random fraction of it) with the last sequence
 * number, and hands every DISPATCH to a {@link DispatchListener} with the {@link System#nanoTime()} it
 * arrived at. Opened through {@link RealtimeClient}.
 */
public final class RealtimeSocket {

    /** Called on a Netty event-loop thread for every DISPATCH: keep it short, the next frame waits. */
    @FunctionalInterface
    public interface DispatchListener {
        void onDispatch(RealtimeSocket socket, String type, String frame, long receivedNanos);
    }

    /** READY and the payloads the benchmarks read fit easily; realtime itself caps frames at 64 KiB inbound only. */
    private static final int MAX_FRAME_BYTES = 4 << 20;

    private final String userId;
    private final String token;
    private final DispatchListener listener;
    private final ScheduledExecutorService heartbeats;
    private final Sinks.Many<String> outbound = Sinks.many().unicast().onBackpressureBuffer();
    private final Sinks.One<RealtimeSocket> ready = Sinks.one();
    private volatile long lastSequence;
    private volatile ScheduledFuture<?> heartbeat;
    private volatile boolean open = true;
    private volatile String closeReason;

    RealtimeSocket(String userId, String token, DispatchListener listener, ScheduledExecutorService heartbeats) {
        this.userId = userId;
        this.token = token;
        this.listener = listener;
        this.heartbeats = heartbeats;
    }

    public String userId() {
        return userId;
    }

    /** False once the server closed the socket or the connection failed. */
    public boolean isOpen() {
        return open;
    }

    /** Why the socket closed (close code and reason, or the error), or null while open. */
    public String closeReason() {
        return closeReason;
    }

    /** Opens the socket; the Mono completes at READY. */
    Mono<RealtimeSocket> open(HttpClient client, String url) {
        client.websocket(WebsocketClientSpec.builder().maxFramePayloadLength(MAX_FRAME_BYTES).build())
                .uri(url)
                .handle(this::exchange)
                .subscribe(ignored -> { }, this::failed, () -> closed("closed"));
        return ready.asMono();
    }

    /** Follows an opt-in stream ({@code SUBSCRIBE}), e.g. a live stream: {@code subscribe("live", streamId)}. */
    public void subscribe(String stream, String id) {
        send("{\"op\":\"SUBSCRIBE\",\"d\":{\"stream\":\"" + stream + "\",\"id\":\"" + id + "\"}}");
    }

    /** Closes the socket with a close frame and stops heartbeating. */
    public void close() {
        stopHeartbeat();
        synchronized (this) {
            outbound.tryEmitComplete();
        }
    }

    private Mono<Void> exchange(WebsocketInbound in, WebsocketOutbound out) {
        in.receiveCloseStatus().subscribe(status -> closeReason = status.code() + " " + status.reasonText());
        Mono<Void> sending = out.sendString(outbound.asFlux()).then();
        Mono<Void> receiving = in.aggregateFrames(MAX_FRAME_BYTES).receive().asString().doOnNext(this::onFrame).then();
        // whichever ends first ends the exchange: the server closing, or close() completing the outbound
        return Mono.firstWithSignal(receiving, sending);
    }

    private void onFrame(String frame) {
        long receivedNanos = System.nanoTime();
        if (Frames.isDispatch(frame)) {
            long sequence = Frames.sequence(frame);
            if (sequence > 0) {
                lastSequence = sequence;
            }
            String type = Frames.type(frame);
            listener.onDispatch(this, type, frame, receivedNanos);
            if ("READY".equals(type)) {
                ready.tryEmitValue(this);
            }
        } else if (Frames.isHello(frame)) {
            send("{\"op\":\"IDENTIFY\",\"d\":{\"token\":\"" + token + "\"}}");
            startHeartbeat(Frames.number(frame, "heartbeatInterval"));
        }
    }

    private void startHeartbeat(long intervalMillis) {
        long interval = intervalMillis > 0 ? intervalMillis : 41_250;
        long first = ThreadLocalRandom.current().nextLong(interval);
        heartbeat = heartbeats.scheduleAtFixedRate(() -> send("{\"op\":\"HEARTBEAT\",\"d\":" + lastSequence + "}"), first,
                interval, TimeUnit.MILLISECONDS);
    }

    private void stopHeartbeat() {
        ScheduledFuture<?> scheduled = heartbeat;
        if (scheduled != null) {
            scheduled.cancel(false);
        }
    }

    /** The heartbeat thread and the event loop both send: a unicast sink needs its emissions serialized. */
    private synchronized void send(String text) {
        outbound.tryEmitNext(text);
    }

    private void failed(Throwable error) {
        closed(error.toString());
        ready.tryEmitError(error);
    }

    private void closed(String reason) {
        open = false;
        stopHeartbeat();
        if (closeReason == null) {
            closeReason = reason;
        }
        ready.tryEmitError(new IllegalStateException("socket of user " + userId + " closed before READY: " + closeReason));
    }
}
