package com.xcord.realtime.ws;

import com.xcord.reactiveauth.AccessTokenVerifier;
import com.xcord.realtime.RealtimeProperties;
import com.xcord.realtime.auth.Identity;
import com.xcord.realtime.projection.EventConsumer;
import com.xcord.realtime.projection.Projection;
import com.xcord.realtime.projection.Views;
import com.xcord.realtime.redis.PresenceService;
import com.xcord.realtime.redis.ResumeStore;
import com.xcord.realtime.redis.TypingService;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.socket.WebSocketHandler;
import org.springframework.web.reactive.socket.WebSocketMessage;
import org.springframework.web.reactive.socket.WebSocketSession;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The protocol of DESIGN §6 on one socket: HELLO, IDENTIFY/RESUME, HEARTBEAT, PRESENCE_UPDATE, TYPING;
 * SUBSCRIBE/UNSUBSCRIBE are {@link SubscriptionOps}'.
 */
@Component
public class GatewayHandler implements WebSocketHandler {

    private static final Logger log = LoggerFactory.getLogger(GatewayHandler.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final RealtimeProperties properties;
    private final AccessTokenVerifier verifier;
    private final SessionRegistry registry;
    private final ResumeStore store;
    private final PresenceService presence;
    private final TypingService typing;
    private final EventConsumer events;
    private final Projection projection;
    private final Views views;
    private final SubscriptionOps subscriptionOps;
    private final Clock clock;

    public GatewayHandler(RealtimeProperties properties, AccessTokenVerifier verifier, SessionRegistry registry,
            ResumeStore store, PresenceService presence, TypingService typing, EventConsumer events,
            Projection projection, Views views, SubscriptionOps subscriptionOps, Clock clock) {
        this.properties = properties;
        this.verifier = verifier;
        this.registry = registry;
        this.store = store;
        this.presence = presence;
        this.typing = typing;
        this.events = events;
        this.projection = projection;
        this.views = views;
        this.subscriptionOps = subscriptionOps;
        this.clock = clock;
    }

    @Override
    public Mono<Void> handle(WebSocketSession ws) {
        Connection c = new Connection(ws.getId(), ws, properties.outboundQueue(), clock.millis());
        registry.connections.add(c);
        c.send(Json.frame(Ops.HELLO, Map.of("heartbeatInterval", properties.heartbeatInterval().toMillis())));
        Mono<Void> out = ws.send(c.outbound().map(ws::textMessage))
                .then(Mono.defer(() -> c.closeAfterFlush != null ? ws.close(c.closeAfterFlush) : Mono.empty()));
        Mono<Void> in = ws.receive()
                .doOnNext(message -> onMessage(c, message))
                .then();
        return Mono.zip(in, out).then()
                .onErrorResume(e -> {
                    log.debug("socket {} failed: {}", c.id, e.toString());
                    if (isTooBig(e)) {
                        return ws.close(new org.springframework.web.reactive.socket.CloseStatus(Ops.MESSAGE_TOO_BIG, "Frame too large"));
                    }
                    return Mono.empty();
                })
                .doFinally(signal -> registry.closed(c));
    }

    private static boolean isTooBig(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof io.netty.handler.codec.TooLongFrameException
                    || t instanceof io.netty.handler.codec.http.websocketx.CorruptedWebSocketFrameException) {
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
            c.closeNow(Ops.RATE_LIMITED, "Rate limited");
            return;
        }
        if (message.getType() != WebSocketMessage.Type.TEXT) {
            if (message.getType() == WebSocketMessage.Type.BINARY) {
                c.closeNow(Ops.DECODE_ERROR, "Decode error: frames are JSON text");
            }
            return;
        }
        if (message.getPayload().readableByteCount() > properties.maxFrameBytes()) {
            c.closeNow(Ops.MESSAGE_TOO_BIG, "Frame too large");
            return;
        }
        JsonNode frame;
        try {
            frame = Json.MAPPER.readTree(message.getPayloadAsText());
        } catch (JacksonException | IllegalArgumentException e) {
            c.closeNow(Ops.DECODE_ERROR, "Decode error");
            return;
        }
        if (frame == null || !frame.isObject() || !frame.path("op").isString()) {
            c.closeNow(Ops.DECODE_ERROR, "Decode error: a frame is an object with an op");
            return;
        }
        JsonNode d = frame.path("d");
        switch (frame.path("op").asString()) {
            case Ops.HEARTBEAT -> heartbeat(c, now);
            case Ops.IDENTIFY -> identify(c, d);
            case Ops.RESUME -> resume(c, d);
            case Ops.PRESENCE_UPDATE -> requireSession(c, s -> presenceUpdate(c, s, d));
            case Ops.TYPING -> requireSession(c, s -> typing(c, s, d, now));
            case Ops.SUBSCRIBE -> requireSession(c, s -> subscriptionOps.subscribe(c, s, d));
            case Ops.UNSUBSCRIBE -> requireSession(c, s -> subscriptionOps.unsubscribe(c, s, d));
            default -> c.closeNow(Ops.UNKNOWN_OP, "Unknown opcode");
        }
    }

    private void requireSession(Connection c, java.util.function.Consumer<GatewaySession> action) {
        GatewaySession s = c.session;
        if (s == null) {
            c.closeNow(Ops.NOT_AUTHENTICATED, "Not authenticated");
            return;
        }
        action.accept(s);
    }

    private void heartbeat(Connection c, long now) {
        c.lastHeartbeat = now;
        c.send("{\"op\":\"HEARTBEAT_ACK\"}");
        GatewaySession s = c.session;
        if (s != null) {
            store.touch(s.id).subscribe(v -> { }, e -> { });
            presence.set(s.userId, s.id, s.status).subscribe(v -> { }, e -> { });
        }
    }

    // ---- IDENTIFY ----

    private void identify(Connection c, JsonNode d) {
        String token = d.path("token").asString("");
        if (c.authenticating) {
            return;
        }
        if (c.identity != null) {
            // re-identify with a fresh token on a live socket: same user only, no new READY
            c.authenticating = true;
            verify(token).subscribe(identity -> {
                c.authenticating = false;
                if (!identity.userId().equals(c.identity.userId())) {
                    c.closeNow(Ops.ALREADY_AUTHENTICATED, "Already authenticated");
                } else {
                    c.identity = identity;
                }
            }, e -> c.closeNow(Ops.AUTH_FAILED, authFailure(e)));
            return;
        }
        String status = initialStatus(d.path("presence").path("status").asString("online"));
        c.authenticating = true;
        verify(token)
                .flatMap(identity -> events.caughtUp().timeout(properties.identifyTimeout()).then(Mono.just(identity)))
                .flatMap(identity -> presence.visibleStatuses(projection.friendsOf(identity.userId()))
                        .map(presences -> Map.entry(identity, presences)))
                .subscribe(entry -> ready(c, entry.getKey(), entry.getValue(), status),
                        e -> {
                            c.authenticating = false;
                            failed(c, e);
                        });
    }

    /** The caller a valid token names, or an {@link AccessTokenVerifier.InvalidTokenException} error. */
    private Mono<Identity> verify(String token) {
        return verifier.verify(token)
                .map(verified -> new Identity(verified.userId(), verified.sessionId(), verified.expiresAtMillis()));
    }

    private static String initialStatus(String requested) {
        return PresenceService.STATUSES.contains(requested) ? requested : "online";
    }

    private void ready(Connection c, Identity identity, Map<String, String> friendPresences, String status) {
        if (c.isClosed()) {
            return;
        }
        GatewaySession s = registry.create(newSessionId(), identity.userId(), identity.authSessionId(), 0);
        s.status = status;
        Map<String, Object> ready = new LinkedHashMap<>();
        ready.put("v", 1);
        ready.put("sessionId", s.id);
        ready.put("user", views.user(identity.userId()));
        ready.put("servers", views.servers(identity.userId()));
        ready.put("conversations", views.conversations(identity.userId()));
        ready.put("friends", projection.friendsOf(identity.userId()));
        ready.put("presences", friendPresences);
        ready.put("status", status);
        ready.put("heartbeatInterval", properties.heartbeatInterval().toMillis());
        synchronized (s) {
            // READY is seq 1: registered and dispatched under the session's lock, so nothing overtakes it
            c.identity = identity;
            c.session = s;
            s.attach(c);
            registry.add(s);
            s.dispatch("READY", Json.write(ready), "ready:" + s.id);
        }
        c.authenticating = false;
        presence.set(s.userId, s.id, status).subscribe(v -> { }, e -> log.debug("presence: {}", e.toString()));
    }

    private static String newSessionId() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** A bad token is 4004; anything else (not caught up yet, Redis down) is 4000: try again. */
    private static void failed(Connection c, Throwable e) {
        if (e instanceof AccessTokenVerifier.InvalidTokenException) {
            c.closeNow(Ops.AUTH_FAILED, authFailure(e));
        } else {
            c.closeNow(Ops.UNKNOWN_ERROR, "Not available right now; reconnect");
        }
    }

    private static String authFailure(Throwable e) {
        return e instanceof AccessTokenVerifier.InvalidTokenException ? "Authentication failed: " + e.getMessage()
                : "Authentication failed";
    }

    // ---- RESUME ----

    private void resume(Connection c, JsonNode d) {
        if (c.identity != null || c.authenticating) {
            c.closeNow(Ops.ALREADY_AUTHENTICATED, "Already authenticated");
            return;
        }
        String token = d.path("token").asString("");
        String sessionId = d.path("sessionId").asString("");
        JsonNode seqNode = d.path("seq");
        if (sessionId.isEmpty() || sessionId.length() > 64 || !seqNode.canConvertToLong() || seqNode.asLong() < 0) {
            c.closeNow(Ops.DECODE_ERROR, "Decode error: RESUME needs token, sessionId and seq");
            return;
        }
        long clientSeq = seqNode.asLong();
        c.authenticating = true;
        verify(token)
                .flatMap(identity -> events.caughtUp().timeout(properties.identifyTimeout()).then(Mono.just(identity)))
                .subscribe(identity -> resumeVerified(c, identity, sessionId, clientSeq),
                        e -> {
                            c.authenticating = false;
                            failed(c, e);
                        });
    }

    private void resumeVerified(Connection c, Identity identity, String sessionId, long clientSeq) {
        GatewaySession local = registry.local(sessionId);
        GatewaySession s;
        boolean created;
        if (local != null) {
            if (!local.userId.equals(identity.userId())) {
                invalid(c);
                return;
            }
            s = local;
            created = false;
            Connection previous = s.beginResume();
            if (previous != null && previous != c) {
                previous.closeNow(Ops.SESSION_REPLACED, "Session resumed elsewhere");
            }
        } else {
            s = registry.create(sessionId, identity.userId(), identity.authSessionId(), -1);
            s.beginResume();
            created = true;
            registry.add(s);
        }
        store.takeover(sessionId, identity.userId()).subscribe(takeover -> {
            long last = Math.max(takeover.lastSeq(), s.seq());
            List<ResumeStore.Entry> entries = takeover.entries();
            long oldest = entries.isEmpty() ? last + 1 : entries.get(0).seq();
            if (clientSeq > last) {
                fail(s, created);
                c.authenticating = false;
                c.closeNow(Ops.INVALID_SEQ, "Invalid seq");
                return;
            }
            if (clientSeq < oldest - 1) {
                // the frames the client missed are no longer buffered
                fail(s, created);
                invalid(c);
                return;
            }
            c.identity = identity;
            c.session = s;
            s.completeResume(c, clientSeq, takeover.lastSeq(), entries);
            c.authenticating = false;
            presence.set(s.userId, s.id, s.status).subscribe(v -> { }, e -> { });
        }, e -> {
            fail(s, created);
            c.authenticating = false;
            c.closeNow(Ops.UNKNOWN_ERROR, "Resume failed");
        }, () -> {
            if (c.session == null) {
                fail(s, created);
                invalid(c);
            }
        });
    }

    private void fail(GatewaySession s, boolean created) {
        if (created) {
            registry.remove(s);
        } else {
            s.abortResume(clock.millis());
        }
    }

    private void invalid(Connection c) {
        c.authenticating = false;
        c.send(Json.frame(Ops.INVALID_SESSION, false));
    }

    // ---- PRESENCE_UPDATE, TYPING ----

    private void presenceUpdate(Connection c, GatewaySession s, JsonNode d) {
        String status = d.path("status").asString("");
        if (!PresenceService.STATUSES.contains(status)) {
            c.closeNow(Ops.DECODE_ERROR, "Decode error: status is online, idle, dnd or invisible");
            return;
        }
        s.status = status;
        presence.set(s.userId, s.id, status).subscribe(v -> { }, e -> { });
    }

    private void typing(Connection c, GatewaySession s, JsonNode d, long now) {
        String channelId = d.path("channelId").asString(null);
        String conversationId = d.path("conversationId").asString(null);
        String serverId = null;
        String target;
        if (channelId != null) {
            serverId = d.path("serverId").asString(null);
            if (serverId == null || !projection.canView(serverId, channelId, s.userId)) {
                return; // not visible: silently ignored, like a channel that does not exist
            }
            target = "c" + channelId;
        } else if (conversationId != null) {
            Projection.Conversation conversation = projection.conversation(conversationId);
            if (conversation == null || !conversation.participantIds().contains(s.userId)) {
                return;
            }
            target = "d" + conversationId;
        } else {
            c.closeNow(Ops.DECODE_ERROR, "Decode error: TYPING needs channelId (with serverId) or conversationId");
            return;
        }
        if (c.lastTyping == null) {
            c.lastTyping = new HashMap<>(2);
        }
        Long last = c.lastTyping.get(target);
        if (last != null && now - last < properties.typingThrottle().toMillis()) {
            return;
        }
        if (c.lastTyping.size() > 16) {
            c.lastTyping.clear();
        }
        c.lastTyping.put(target, now);
        typing.publish(new TypingService.Typing(s.userId, serverId, channelId, conversationId, now))
                .subscribe(v -> { }, e -> log.debug("typing: {}", e.toString()));
    }

    /** Every socket of this replica, for the graceful shutdown. */
    Set<Connection> connections() {
        return registry.connections;
    }
}
