package com.xcord.realtime.protocol;

/** The WebSocket close codes the gateway closes with (DESIGN §6: the 4000 range says why). */
public enum CloseCode {

    /** Something on our side (projection not caught up, Redis down): reconnect. */
    UNKNOWN_ERROR(4000),
    UNKNOWN_OP(4001),
    DECODE_ERROR(4002),
    /** No IDENTIFY in time, or an op that needs a session before one. */
    NOT_AUTHENTICATED(4003),
    /** Bad token, token expired without re-identify, or the login was revoked. */
    AUTH_FAILED(4004),
    /** RESUME on an identified socket, or IDENTIFY as another user. */
    ALREADY_AUTHENTICATED(4005),
    INVALID_SEQ(4007),
    RATE_LIMITED(4008),
    /** No heartbeat for {@code heartbeatInterval * heartbeatTolerance}. */
    SESSION_TIMED_OUT(4009),
    /** Extension: the client does not read fast enough; its outbound queue overflowed. */
    TOO_SLOW(4010),
    /** Extension: the session was resumed on another socket. */
    SESSION_REPLACED(4011),
    /** RFC 6455: a frame over {@code maxFrameBytes}. */
    MESSAGE_TOO_BIG(1009),
    /** RFC 6455: the replica is going away (after RECONNECT). */
    SERVICE_RESTART(1012);

    private final int code;

    CloseCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
