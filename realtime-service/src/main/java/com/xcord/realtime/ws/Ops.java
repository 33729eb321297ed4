package com.xcord.realtime.ws;

/** Opcodes and close codes of the protocol (DESIGN §6). */
public final class Ops {

    public static final String HELLO = "HELLO";
    public static final String IDENTIFY = "IDENTIFY";
    public static final String DISPATCH = "DISPATCH";
    public static final String HEARTBEAT = "HEARTBEAT";
    public static final String HEARTBEAT_ACK = "HEARTBEAT_ACK";
    public static final String RESUME = "RESUME";
    public static final String RESUMED = "RESUMED";
    public static final String INVALID_SESSION = "INVALID_SESSION";
    public static final String RECONNECT = "RECONNECT";
    public static final String SUBSCRIBE = "SUBSCRIBE";
    public static final String UNSUBSCRIBE = "UNSUBSCRIBE";
    public static final String PRESENCE_UPDATE = "PRESENCE_UPDATE";
    public static final String TYPING = "TYPING";

    public static final int UNKNOWN_ERROR = 4000;
    public static final int UNKNOWN_OP = 4001;
    public static final int DECODE_ERROR = 4002;
    public static final int NOT_AUTHENTICATED = 4003;
    public static final int AUTH_FAILED = 4004;
    public static final int ALREADY_AUTHENTICATED = 4005;
    public static final int INVALID_SEQ = 4007;
    public static final int RATE_LIMITED = 4008;
    public static final int SESSION_TIMED_OUT = 4009;
    /** Extension: the client does not read fast enough; its outbound queue overflowed. */
    public static final int TOO_SLOW = 4010;
    /** Extension: the session was resumed on another socket. */
    public static final int SESSION_REPLACED = 4011;
    public static final int MESSAGE_TOO_BIG = 1009;
    public static final int SERVICE_RESTART = 1012;

    private Ops() {
    }
}
