package com.xcord.realtime.ops;

import static com.xcord.realtime.ops.OpDispatcher.Admission.CLOSE_ALREADY_AUTHENTICATED;
import static com.xcord.realtime.ops.OpDispatcher.Admission.CLOSE_NOT_AUTHENTICATED;
import static com.xcord.realtime.ops.OpDispatcher.Admission.CLOSE_UNKNOWN_OP;
import static com.xcord.realtime.ops.OpDispatcher.Admission.IGNORE;
import static com.xcord.realtime.ops.OpDispatcher.Admission.RUN;
import static com.xcord.realtime.session.SocketState.CLOSED;
import static com.xcord.realtime.session.SocketState.CONNECTED;
import static com.xcord.realtime.session.SocketState.IDENTIFYING;
import static com.xcord.realtime.session.SocketState.READY;
import static com.xcord.realtime.session.SocketState.REIDENTIFYING;
import static com.xcord.realtime.session.SocketState.RESUMING;
import static org.assertj.core.api.Assertions.assertThat;

import com.xcord.realtime.ops.OpDispatcher.Admission;
import com.xcord.realtime.protocol.Op;
import com.xcord.realtime.session.SocketState;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The state machine's guard: which op runs in which socket state (the protocol tests drive each over a socket). */
class OpAdmissionTests {

    private static final List<SocketState> OPEN = List.of(CONNECTED, IDENTIFYING, RESUMING, READY, REIDENTIFYING);

    @Test
    void heartbeatsRunInEveryOpenState() {
        OPEN.forEach(state -> assertThat(OpDispatcher.admission(Op.HEARTBEAT, state)).as("%s", state).isEqualTo(RUN));
    }

    @Test
    void identifyRunsWhenConnectedOrReadyAndIsIgnoredWhileATokenIsVerified() {
        assertAdmission(Op.IDENTIFY, RUN, IGNORE, IGNORE, RUN, IGNORE);
    }

    @Test
    void resumeRunsOnlyOnAFreshSocket() {
        assertAdmission(Op.RESUME, RUN, CLOSE_ALREADY_AUTHENTICATED, CLOSE_ALREADY_AUTHENTICATED,
                CLOSE_ALREADY_AUTHENTICATED, CLOSE_ALREADY_AUTHENTICATED);
    }

    @Test
    void sessionOpsNeedASession() {
        for (Op op : List.of(Op.PRESENCE_UPDATE, Op.TYPING, Op.SUBSCRIBE, Op.UNSUBSCRIBE)) {
            assertAdmission(op, CLOSE_NOT_AUTHENTICATED, CLOSE_NOT_AUTHENTICATED, CLOSE_NOT_AUTHENTICATED, RUN, RUN);
        }
    }

    @Test
    void unknownAndServerOnlyOpsAreUnknown() {
        for (Op op : new Op[] {null, Op.HELLO, Op.DISPATCH, Op.HEARTBEAT_ACK, Op.RESUMED, Op.INVALID_SESSION,
                Op.RECONNECT}) {
            OPEN.forEach(state -> assertThat(OpDispatcher.admission(op, state)).as("%s in %s", op, state)
                    .isEqualTo(CLOSE_UNKNOWN_OP));
        }
    }

    @Test
    void aClosedSocketIgnoresEverything() {
        for (Op op : Op.values()) {
            assertThat(OpDispatcher.admission(op, CLOSED)).as("%s", op).isEqualTo(IGNORE);
        }
    }

    private static void assertAdmission(Op op, Admission connected, Admission identifying, Admission resuming,
            Admission ready, Admission reidentifying) {
        assertThat(List.of(connected, identifying, resuming, ready, reidentifying))
                .as("%s in %s", op, OPEN)
                .isEqualTo(OPEN.stream().map(state -> OpDispatcher.admission(op, state)).toList());
    }
}
