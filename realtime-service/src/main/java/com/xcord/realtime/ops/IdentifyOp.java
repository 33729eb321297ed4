package com.xcord.realtime.ops;

import com.xcord.realtime.RealtimeProperties;
import com.xcord.realtime.auth.Identity;
import com.xcord.realtime.presence.PresenceService;
import com.xcord.realtime.protocol.CloseCode;
import com.xcord.realtime.protocol.DispatchType;
import com.xcord.realtime.ready.ReadyViews;
import com.xcord.realtime.session.Connection;
import com.xcord.realtime.session.GatewaySession;
import com.xcord.realtime.session.SessionRegistry;
import com.xcord.realtime.session.SocketState;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * IDENTIFY {@code {token, presence?: {status}}}. On a CONNECTED socket: verify the token, wait for the
 * projection to have caught up, create the session and dispatch READY (seq 1); a bad token closes 4004,
 * anything else 4000. On a READY socket: a fresh token for the same user (keeps the socket open past the old
 * token's expiry, no new READY); another user's token closes 4005.
 */
@Component
class IdentifyOp {

    private static final Logger log = LoggerFactory.getLogger(IdentifyOp.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Authentication authentication;
    private final SessionRegistry registry;
    private final PresenceService presence;
    private final ReadyViews readyViews;
    private final RealtimeProperties properties;
    private final Clock clock;

    IdentifyOp(Authentication authentication, SessionRegistry registry, PresenceService presence, ReadyViews readyViews,
            RealtimeProperties properties, Clock clock) {
        this.authentication = authentication;
        this.registry = registry;
        this.presence = presence;
        this.readyViews = readyViews;
        this.properties = properties;
        this.clock = clock;
    }

    void handle(Connection c, JsonNode d, long now) {
        String token = d.path("token").asString("");
        if (c.state() == SocketState.READY) {
            reidentify(c, token);
            return;
        }
        String status = initialStatus(d.path("presence").path("status").asString("online"));
        if (!c.moveTo(SocketState.CONNECTED, SocketState.IDENTIFYING)) {
            return;
        }
        authentication.verifyWhenCaughtUp(token)
                .flatMap(identity -> presence.visibleStatuses(readyViews.friendsOf(identity.userId()))
                        .map(presences -> Map.entry(identity, presences)))
                .subscribe(entry -> ready(c, entry.getKey(), entry.getValue(), status),
                        e -> Authentication.refuse(c, e));
    }

    private void reidentify(Connection c, String token) {
        if (!c.moveTo(SocketState.READY, SocketState.REIDENTIFYING)) {
            return;
        }
        authentication.verify(token).subscribe(identity -> {
            if (!identity.userId().equals(c.identity().userId())) {
                c.closeNow(CloseCode.ALREADY_AUTHENTICATED, "Already authenticated");
            } else {
                c.reidentified(identity);
            }
        }, e -> c.closeNow(CloseCode.AUTH_FAILED, Authentication.failure(e)));
    }

    private static String initialStatus(String requested) {
        return PresenceService.STATUSES.contains(requested) ? requested : "online";
    }

    private void ready(Connection c, Identity identity, Map<String, String> friendPresences, String status) {
        if (c.isClosed()) {
            return;
        }
        GatewaySession s = registry.create(newSessionId(), identity.userId(), identity.authSessionId(), 0);
        s.status(status);
        String ready = DispatchType.READY.serialize(readyViews.ready(s.id(), identity.userId(), friendPresences, status,
                properties.heartbeatInterval().toMillis()));
        synchronized (s) {
            // READY is seq 1: registered and dispatched under the session's lock, so nothing overtakes it
            if (!c.ready(SocketState.IDENTIFYING, identity, s)) {
                s.detach(c, clock.millis()); // the socket closed meanwhile: nothing to register
                return;
            }
            s.attach(c);
            registry.add(s);
            s.dispatch(DispatchType.READY, ready, "ready:" + s.id());
        }
        presence.set(s.userId(), s.id(), status).subscribe(v -> { }, e -> log.debug("presence: {}", e.toString()));
    }

    private static String newSessionId() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
