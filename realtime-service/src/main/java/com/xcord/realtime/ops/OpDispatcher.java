package com.xcord.realtime.ops;

import com.xcord.realtime.protocol.CloseCode;
import com.xcord.realtime.protocol.Op;
import com.xcord.realtime.session.Connection;
import com.xcord.realtime.session.SocketState;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Hands a decoded client frame to its op's handler, if the op is legal in the socket's {@link SocketState}
 * ({@link #admission}); the one place that lists the client ops and their handlers.
 */
@Component
public class OpDispatcher {

    /** What a client op does in a state, before (or instead of) its handler. */
    enum Admission {
        RUN,
        /** Dropped without an answer (e.g. a second IDENTIFY while the first is being verified). */
        IGNORE,
        CLOSE_NOT_AUTHENTICATED,
        CLOSE_ALREADY_AUTHENTICATED,
        CLOSE_UNKNOWN_OP
    }

    private final Map<Op, OpHandler> handlers = new EnumMap<>(Op.class);

    OpDispatcher(HeartbeatOp heartbeat, IdentifyOp identify, ResumeOp resume, PresenceUpdateOp presenceUpdate,
            TypingOp typing, SubscriptionOps subscriptions) {
        handlers.put(Op.HEARTBEAT, heartbeat::handle);
        handlers.put(Op.IDENTIFY, identify::handle);
        handlers.put(Op.RESUME, resume::handle);
        handlers.put(Op.PRESENCE_UPDATE, presenceUpdate::handle);
        handlers.put(Op.TYPING, typing::handle);
        handlers.put(Op.SUBSCRIBE, subscriptions::subscribe);
        handlers.put(Op.UNSUBSCRIBE, subscriptions::unsubscribe);
    }

    /** @param opName the frame's {@code op}, as sent */
    public void dispatch(Connection c, String opName, JsonNode d, long now) {
        Op op = Op.fromWire(opName);
        switch (admission(op, c.state())) {
            case RUN -> handlers.get(op).handle(c, d, now);
            case IGNORE -> {
            }
            case CLOSE_NOT_AUTHENTICATED -> c.closeNow(CloseCode.NOT_AUTHENTICATED, "Not authenticated");
            case CLOSE_ALREADY_AUTHENTICATED -> c.closeNow(CloseCode.ALREADY_AUTHENTICATED, "Already authenticated");
            case CLOSE_UNKNOWN_OP -> c.closeNow(CloseCode.UNKNOWN_OP, "Unknown opcode");
        }
    }

    /**
     * The state machine's guard, op by op:
     * <ul>
     *   <li>HEARTBEAT: always (even before IDENTIFY, the socket must stay alive);</li>
     *   <li>IDENTIFY: when CONNECTED (identify) or READY (a fresh token for the same user); ignored while a token
     *       is being verified;</li>
     *   <li>RESUME: only when CONNECTED; on an identified or identifying socket 4005;</li>
     *   <li>PRESENCE_UPDATE, TYPING, SUBSCRIBE, UNSUBSCRIBE: only with a session attached, otherwise 4003;</li>
     *   <li>anything else, including the ops only the server sends: 4001.</li>
     * </ul>
     */
    static Admission admission(Op op, SocketState state) {
        if (state == SocketState.CLOSED) {
            return Admission.IGNORE;
        }
        if (op == null) {
            return Admission.CLOSE_UNKNOWN_OP;
        }
        return switch (op) {
            case HEARTBEAT -> Admission.RUN;
            case IDENTIFY -> state == SocketState.CONNECTED || state == SocketState.READY ? Admission.RUN
                    : Admission.IGNORE;
            case RESUME -> state == SocketState.CONNECTED ? Admission.RUN : Admission.CLOSE_ALREADY_AUTHENTICATED;
            case PRESENCE_UPDATE, TYPING, SUBSCRIBE, UNSUBSCRIBE -> state.hasSession() ? Admission.RUN
                    : Admission.CLOSE_NOT_AUTHENTICATED;
            case HELLO, DISPATCH, HEARTBEAT_ACK, RESUMED, INVALID_SESSION, RECONNECT -> Admission.CLOSE_UNKNOWN_OP;
        };
    }
}
