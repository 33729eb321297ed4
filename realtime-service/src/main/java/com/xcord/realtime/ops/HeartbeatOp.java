package com.xcord.realtime.ops;

import com.xcord.realtime.presence.PresenceService;
import com.xcord.realtime.protocol.Frames;
import com.xcord.realtime.protocol.Op;
import com.xcord.realtime.resume.ResumeStore;
import com.xcord.realtime.session.Connection;
import com.xcord.realtime.session.GatewaySession;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * HEARTBEAT {@code d: <last seq>} → HEARTBEAT_ACK, in any state. With a session it also keeps the session's
 * replay buffer and the device's presence from expiring.
 */
@Component
class HeartbeatOp {

    private static final String ACK = Frames.of(Op.HEARTBEAT_ACK);

    private final ResumeStore store;
    private final PresenceService presence;

    HeartbeatOp(ResumeStore store, PresenceService presence) {
        this.store = store;
        this.presence = presence;
    }

    void handle(Connection c, JsonNode d, long now) {
        c.heartbeat(now);
        c.send(ACK);
        GatewaySession s = c.session();
        if (s != null) {
            store.touch(s.id()).subscribe(v -> { }, e -> { });
            presence.set(s.userId(), s.id(), s.status()).subscribe(v -> { }, e -> { });
        }
    }
}
