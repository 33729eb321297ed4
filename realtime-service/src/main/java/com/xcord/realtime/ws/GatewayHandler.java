package com.xcord.realtime.ws;

import com.xcord.realtime.RealtimeProperties;
import com.xcord.realtime.ops.OpDispatcher;
import com.xcord.realtime.protocol.CloseCode;
import com.xcord.realtime.protocol.Frames;
import com.xcord.realtime.protocol.Json;
import com.xcord.realtime.protocol.Op;
import com.xcord.realtime.session.Connection;
import com.xcord.realtime.session.SessionRegistry;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.websocketx.CorruptedWebSocketFrameException;
import java.time.Clock;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.socket.CloseStatus;
import org.springframework.web.reactive.socket.WebSocketHandler;
import org.springframework.web.reactive.socket.WebSocketMessage;
import org.springframework.web.reactive.socket.WebSocketSession;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * One socket's life (DESIGN §6): HELLO first, then every inbound frame is rate-limited, size-checked and
 * decoded here (4008, 1009, 4002) and handed to {@link OpDispatcher}, which knows the ops; outbound frames
 * leave through the connection's bounded queue.
 */
@Component
class GatewayHandler implements WebSocketHandler {

    private static final Logger log = LoggerFactory.getLogger(GatewayHandler.class);

    private final RealtimeProperties properties;
    private final SessionRegistry registry;
    private final OpDispatcher ops;
    private final Clock clock;

    GatewayHandler(RealtimeProperties properties, SessionRegistry registry, OpDispatcher ops, Clock clock) {
        this.properties = properties;
        this.registry = registry;
        this.ops = ops;
        this.clock = clock;
    }

    @Override
    public Mono<Void> handle(WebSocketSession ws) {
        Connection c = new Connection(ws.getId(), ws, properties.outboundQueue(), clock.millis(), registry.meters());
        registry.opened(c);
        c.send(Frames.of(Op.HELLO, Map.of("heartbeatInterval", properties.heartbeatInterval().toMillis())));
        Mono<Void> out = ws.send(c.outbound().map(ws::textMessage))
                .then(Mono.defer(() -> {
                    CloseStatus status = c.closeAfterFlushStatus();
                    return status != null ? ws.close(status) : Mono.empty();
                }));
        Mono<Void> in = ws.receive()
                .doOnNext(message -> onMessage(c, message))
                .then();
        return Mono.zip(in, out).then()
                .onErrorResume(e -> {
                    log.debug("socket {} failed: {}", c.id(), e.toString());
                    if (isWriteTimeout(e)) {
                        registry.meters().slowConsumerClosed();
                    }
                    if (isTooBig(e)) {
                        return ws.close(new CloseStatus(CloseCode.MESSAGE_TOO_BIG.code(), "Frame too large"));
                    }
                    return Mono.empty();
                })
                .doFinally(signal -> registry.closed(c));
    }

    /** The client stopped reading for {@code write-timeout} (WebSocketConfig's WriteTimeoutHandler closed it). */
    private static boolean isWriteTimeout(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof io.netty.handler.timeout.WriteTimeoutException) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTooBig(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TooLongFrameException || t instanceof CorruptedWebSocketFrameException) {
                return true;
            }
        }
        return false;
    }

    private void onMessage(Connection c, WebSocketMessage message) {
        if (c.isClosed()) {
            return;
        }
        long now = clock.millis();
        if (!c.admit(now, properties.rateLimitFrames(), properties.rateLimitWindow().toMillis())) {
            c.closeNow(CloseCode.RATE_LIMITED, "Rate limited");
            return;
        }
        if (message.getType() != WebSocketMessage.Type.TEXT) {
            if (message.getType() == WebSocketMessage.Type.BINARY) {
                c.closeNow(CloseCode.DECODE_ERROR, "Decode error: frames are JSON text");
            }
            return;
        }
        if (message.getPayload().readableByteCount() > properties.maxFrameBytes()) {
            c.closeNow(CloseCode.MESSAGE_TOO_BIG, "Frame too large");
            return;
        }
        JsonNode frame;
        try {
            frame = Json.MAPPER.readTree(message.getPayloadAsText());
        } catch (JacksonException | IllegalArgumentException e) {
            c.closeNow(CloseCode.DECODE_ERROR, "Decode error");
            return;
        }
        if (frame == null || !frame.isObject() || !frame.path("op").isString()) {
            c.closeNow(CloseCode.DECODE_ERROR, "Decode error: a frame is an object with an op");
            return;
        }
        ops.dispatch(c, frame.path("op").asString(), frame.path("d"), now);
    }
}
