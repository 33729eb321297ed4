package com.xcord.realtime.ops;

import com.xcord.realtime.presence.PresenceService;
import com.xcord.realtime.protocol.CloseCode;
import com.xcord.realtime.session.Connection;
import com.xcord.realtime.session.GatewaySession;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** PRESENCE_UPDATE {@code {status: online|idle|dnd|invisible}}: this device's status; anything else 4002. */
@Component
class PresenceUpdateOp {

    private final PresenceService presence;

    PresenceUpdateOp(PresenceService presence) {
        this.presence = presence;
    }

    void handle(Connection c, JsonNode d, long now) {
        String status = d.path("status").asString("");
        if (!PresenceService.STATUSES.contains(status)) {
            c.closeNow(CloseCode.DECODE_ERROR, "Decode error: status is online, idle, dnd or invisible");
            return;
        }
        GatewaySession s = c.session();
        s.status(status);
        presence.set(s.userId(), s.id(), status).subscribe(v -> { }, e -> { });
    }
}
