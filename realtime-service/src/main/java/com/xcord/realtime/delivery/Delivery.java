package com.xcord.realtime.delivery;

import com.xcord.realtime.protocol.DispatchType;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;

/**
 * What routes and relays do to this replica's sessions: dispatch a view to users or to a stream's
 * subscribers, serializing it once however many sessions receive it, and end revoked logins.
 */
@Component
public class Delivery {

    /** A view serialized once, to be dispatched to many. */
    public record Prepared(DispatchType type, String json) {
    }

    private final LocalSessions sessions;

    Delivery(LocalSessions sessions) {
        this.sessions = sessions;
    }

    public Prepared prepare(DispatchType type, Object view) {
        return new Prepared(type, type.serialize(view));
    }

    public void toUsers(Collection<String> userIds, DispatchType type, Object view, String eventId) {
        if (!userIds.isEmpty()) {
            toUsers(userIds, prepare(type, view), eventId);
        }
    }

    public void toUsers(Collection<String> userIds, Prepared prepared, String eventId) {
        for (String userId : userIds) {
            sessions.dispatch(userId, prepared.type(), prepared.json(), eventId);
        }
    }

    public void toUser(String userId, DispatchType type, Object view, String eventId) {
        toUsers(List.of(userId), type, view, eventId);
    }

    public void toUser(String userId, Prepared prepared, String eventId) {
        sessions.dispatch(userId, prepared.type(), prepared.json(), eventId);
    }

    /** To every session subscribed to the stream whose user passes {@code mayReceive}. */
    public void toStream(Stream stream, Predicate<String> mayReceive, Prepared prepared, String eventId) {
        sessions.dispatch(stream, mayReceive, prepared.type(), prepared.json(), eventId);
    }

    /** Whether the user has a session on this replica: spares routes work for users connected elsewhere. */
    public boolean isConnectedHere(String userId) {
        return sessions.hasLocalSessions(userId);
    }

    /** {@code session.revoked}: closes that login's sockets here ({@code authSessionId} null: all of the user's). */
    public void endSessions(String userId, String authSessionId) {
        sessions.revoke(userId, authSessionId);
    }
}
