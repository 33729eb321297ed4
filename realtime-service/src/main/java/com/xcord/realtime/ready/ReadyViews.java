package com.xcord.realtime.ready;

import com.xcord.realtime.projection.Audiences;
import com.xcord.realtime.routes.auth.AuthViews;
import com.xcord.realtime.routes.dm.DmViews;
import com.xcord.realtime.routes.server.ServerViews;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** What IDENTIFY needs of the projection: the user's friends, and their READY in the producers' views. */
@Component
public class ReadyViews {

    private final AuthViews users;
    private final ServerViews servers;
    private final DmViews conversations;
    private final Audiences audiences;

    ReadyViews(AuthViews users, ServerViews servers, DmViews conversations, Audiences audiences) {
        this.users = users;
        this.servers = servers;
        this.conversations = conversations;
        this.audiences = audiences;
    }

    public Set<String> friendsOf(String userId) {
        return audiences.friendsOf(userId);
    }

    public ReadyView ready(String sessionId, String userId, Map<String, String> friendPresences, String status,
            long heartbeatInterval) {
        return new ReadyView(ReadyView.VERSION, sessionId, users.user(userId), servers.serversOf(userId),
                conversations.conversationsOf(userId), audiences.friendsOf(userId), friendPresences, status,
                heartbeatInterval);
    }
}
