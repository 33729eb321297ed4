package com.xcord.realtime.ops;

import com.xcord.realtime.RealtimeProperties;
import com.xcord.realtime.projection.Audiences;
import com.xcord.realtime.protocol.CloseCode;
import com.xcord.realtime.session.Connection;
import com.xcord.realtime.session.GatewaySession;
import com.xcord.realtime.typing.TypingService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * TYPING {@code {conversationId}} or {@code {serverId, channelId}}: published to every replica, which relay it
 * as TYPING_START. A channel or conversation the typist may not see is ignored silently, like one that does not
 * exist; one TYPING per socket and target per {@code typingThrottle} is relayed; neither target 4002.
 */
@Component
class TypingOp {

    private static final Logger log = LoggerFactory.getLogger(TypingOp.class);

    private final Audiences audiences;
    private final TypingService typing;
    private final RealtimeProperties properties;

    TypingOp(Audiences audiences, TypingService typing, RealtimeProperties properties) {
        this.audiences = audiences;
        this.typing = typing;
        this.properties = properties;
    }

    void handle(Connection c, JsonNode d, long now) {
        GatewaySession s = c.session();
        String channelId = d.path("channelId").asString(null);
        String conversationId = d.path("conversationId").asString(null);
        String serverId = null;
        String target;
        if (channelId != null) {
            serverId = d.path("serverId").asString(null);
            if (serverId == null || !audiences.canView(serverId, channelId, s.userId())) {
                return;
            }
            target = "c" + channelId;
        } else if (conversationId != null) {
            if (!audiences.isParticipant(conversationId, s.userId())) {
                return;
            }
            target = "d" + conversationId;
        } else {
            c.closeNow(CloseCode.DECODE_ERROR, "Decode error: TYPING needs channelId (with serverId) or conversationId");
            return;
        }
        if (!c.admitTyping(target, now, properties.typingThrottle().toMillis())) {
            return;
        }
        typing.publish(new TypingService.Typing(s.userId(), serverId, channelId, conversationId, now))
                .subscribe(v -> { }, e -> log.debug("typing: {}", e.toString()));
    }
}
