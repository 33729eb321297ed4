package com.xcord.realtime.protocol;

/**
 * The opcodes of DESIGN §6, by the name they have on the wire ({@code "op": "HELLO"}). A frame whose op is not
 * one of these, or is one the server sends (HELLO, DISPATCH, …), closes the socket with
 * {@link CloseCode#UNKNOWN_OP}.
 */
public enum Op {

    /** server → client, first frame: {@code d.heartbeatInterval} (ms). */
    HELLO,
    /** client → server: {@code d: {token, presence?: {status}}}; answered by the READY dispatch. */
    IDENTIFY,
    /** server → client: {@code t} a {@link DispatchType}, {@code s} the session's sequence number. */
    DISPATCH,
    /** client → server, every interval: {@code d} the last {@code s} seen. */
    HEARTBEAT,
    /** server → client, the answer to a HEARTBEAT (no {@code d}). */
    HEARTBEAT_ACK,
    /** client → server: {@code d: {token, sessionId, seq}}. */
    RESUME,
    /** server → client, after the replay of a RESUME: {@code d: {sessionId, seq}}. */
    RESUMED,
    /** server → client: the RESUME is impossible; {@code d: false}; identify again. */
    INVALID_SESSION,
    /** server → client: this replica is going away; resume elsewhere ({@code d: {}}, then close 1012). */
    RECONNECT,
    /** client → server: {@code d: {stream, id}}, opt in to a stream. */
    SUBSCRIBE,
    /** client → server: {@code d: {stream, id}}, opt out. */
    UNSUBSCRIBE,
    /** client → server: {@code d: {status: online|idle|dnd|invisible}}. */
    PRESENCE_UPDATE,
    /** client → server: {@code d: {conversationId}} or {@code d: {serverId, channelId}}. */
    TYPING;

    /** The op a frame names, or null for a name that is none. */
    public static Op fromWire(String name) {
        try {
            return valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
