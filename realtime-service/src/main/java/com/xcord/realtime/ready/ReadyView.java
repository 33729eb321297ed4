package com.xcord.realtime.ready;

import com.xcord.realtime.protocol.DispatchPayload;
import com.xcord.realtime.protocol.DispatchType;
import com.xcord.realtime.routes.auth.AuthViews.UserView;
import com.xcord.realtime.routes.dm.DmViews.ConversationView;
import com.xcord.realtime.routes.server.ServerViews.ServerSnapshotView;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * READY, the first dispatch of an identified session (seq 1): the protocol version {@code v}, the session to
 * RESUME, the user's profile, their servers (as they see them) and conversations in the same views as the later
 * dispatches, their friends with their visible status, and the session's own status and heartbeat interval.
 */
@DispatchPayload(DispatchType.READY)
public record ReadyView(int v, String sessionId, UserView user, List<ServerSnapshotView> servers,
        List<ConversationView> conversations, Set<String> friends, Map<String, String> presences, String status,
        long heartbeatInterval) {

    /** The protocol version; a client checks it before trusting the shapes. */
    public static final int VERSION = 1;
}
