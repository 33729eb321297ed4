package com.xcord.realtime.session;

import java.util.Map;
import java.util.Set;

/**
 * Where one socket is in the protocol. The only moves are:
 * <pre>
 *   CONNECTED ──IDENTIFY──▶ IDENTIFYING ──token ok, READY sent──▶ READY ◀──▶ REIDENTIFYING (fresh token, same user)
 *       │                                                           ▲
 *       └──RESUME──▶ RESUMING ──replayed, RESUMED sent──────────────┘
 *                       └──INVALID_SESSION──▶ CONNECTED (identify again)
 *   any state ──▶ CLOSED
 * </pre>
 * Which op is legal in which state is {@code ops.OpDispatcher}'s table.
 */
public enum SocketState {

    /** HELLO sent; IDENTIFY or RESUME must come within {@code identifyTimeout} (else 4003). */
    CONNECTED,
    /** An IDENTIFY's token is being verified. */
    IDENTIFYING,
    /** A RESUME's token is being verified and the session taken over. */
    RESUMING,
    /** A session is attached: dispatches flow, session ops are legal. */
    READY,
    /** READY, while a later IDENTIFY's fresh token is being verified. */
    REIDENTIFYING,
    CLOSED;

    private static final Map<SocketState, Set<SocketState>> MOVES = Map.of(
            CONNECTED, Set.of(IDENTIFYING, RESUMING),
            IDENTIFYING, Set.of(READY),
            RESUMING, Set.of(READY, CONNECTED),
            READY, Set.of(REIDENTIFYING),
            REIDENTIFYING, Set.of(READY),
            CLOSED, Set.of());

    /** Whether a session is attached (the session ops are legal). */
    public boolean hasSession() {
        return this == READY || this == REIDENTIFYING;
    }

    boolean canMoveTo(SocketState next) {
        return next == CLOSED || MOVES.get(this).contains(next);
    }
}
