package com.xcord.realtime.projection;

import com.xcord.realtime.ws.Json;
import com.xcord.realtime.ws.SessionRegistry;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;

/** Dispatches a payload to users' sessions, serializing it once however many users receive it. */
@Component
class Delivery {

    private final SessionRegistry sessions;

    Delivery(SessionRegistry sessions) {
        this.sessions = sessions;
    }

    void toUsers(Collection<String> userIds, String type, Object payload, String eventId) {
        if (userIds.isEmpty()) {
            return;
        }
        String json = Json.write(payload);
        for (String userId : userIds) {
            sessions.dispatch(userId, type, json, eventId);
        }
    }

    void toUser(String userId, String type, Object payload, String eventId) {
        toUsers(List.of(userId), type, payload, eventId);
    }
}
