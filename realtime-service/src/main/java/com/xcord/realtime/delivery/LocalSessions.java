package com.xcord.realtime.delivery;

import com.xcord.realtime.protocol.DispatchType;
import java.util.function.Predicate;

/**
 * This replica's sessions, as delivery sees them: implemented by the session layer, so that routes and
 * relays hand frames over without knowing sockets (and the session layer does not know routes).
 */
public interface LocalSessions {

    /** Dispatches to every session of the user on this replica (none: nothing happens). */
    void dispatch(String userId, DispatchType type, String dataJson, String eventId);

    /** Dispatches to every session subscribed to the stream whose user passes {@code mayReceive}. */
    void dispatch(Stream stream, Predicate<String> mayReceive, DispatchType type, String dataJson, String eventId);

    boolean hasLocalSessions(String userId);

    /** Logout / logout-all: closes the sockets and forgets the sessions ({@code authSessionId} null = all). */
    void revoke(String userId, String authSessionId);
}
