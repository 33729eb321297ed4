package com.xcord.realtime.projection;

import java.util.List;
import java.util.Set;

/**
 * What the socket layer (ops, presence, typing, READY) may ask the projection: who may see what. The
 * projection's model and its writes are the routes' business only.
 */
public interface Audiences {

    Set<String> friendsOf(String userId);

    /** Whether the user may see the channel (member of the server with VIEW_CHANNEL). */
    boolean canView(String serverId, String channelId, String userId);

    /** Members of the server who may see the channel. */
    List<String> viewersOf(String serverId, String channelId);

    boolean isParticipant(String conversationId, String userId);

    /** The conversation's participants (empty when it is unknown). */
    List<String> participantsOf(String conversationId);

    /** Who is told of the user's presence: friends, and co-members of servers of at most {@code largeServer} members. */
    Set<String> audienceOf(String userId, int largeServer);
}
