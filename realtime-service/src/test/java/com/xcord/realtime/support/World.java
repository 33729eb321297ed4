package com.xcord.realtime.support;

import static com.xcord.realtime.support.Events.publish;

import com.xcord.events.auth.AuthEvents;
import com.xcord.events.auth.RelationshipChangedV2;
import com.xcord.events.auth.RelationshipKind;
import com.xcord.events.auth.UserRegistered;
import com.xcord.events.dm.ConversationCreated;
import com.xcord.events.dm.DmEvents;
import com.xcord.events.dm.DmMessageCreated;
import com.xcord.events.feed.FeedEvents;
import com.xcord.events.feed.PostCreated;
import com.xcord.events.feed.PostDeleted;
import com.xcord.events.server.ChannelCreated;
import com.xcord.events.server.ChannelOverwrite;
import com.xcord.events.server.MemberJoined;
import com.xcord.events.server.MemberKicked;
import com.xcord.events.server.MessageCreated;
import com.xcord.events.server.ServerCreated;
import com.xcord.events.server.ServerEvents;
import com.xcord.permissions.Permissions;
import java.time.Instant;
import java.util.List;

/** Builds users, relationships, servers, channels, conversations and posts by publishing the producers' real events. */
public final class World {

    public static String user(String name) {
        String id = Long.toString(Events.newId());
        publish(AuthEvents.USER_REGISTERED, id, new UserRegistered(id, name + id.substring(id.length() - 6), name, Instant.now()));
        return id;
    }

    public static String server(String ownerId) {
        String id = Long.toString(Events.newId());
        publish(ServerEvents.SERVER_CREATED, id, new ServerCreated(id, ownerId, "server " + id, null, null, Instant.now()));
        join(id, ownerId);
        return id;
    }

    public static void join(String serverId, String userId) {
        publish(ServerEvents.MEMBER_JOINED, serverId, new MemberJoined(serverId, userId, null, Instant.now()));
    }

    public static void kick(String serverId, String userId, String by) {
        publish(ServerEvents.MEMBER_KICKED, serverId, new MemberKicked(serverId, userId, by, Instant.now()));
    }

    public static String channel(String serverId, List<ChannelOverwrite> overwrites) {
        String id = Long.toString(Events.newId());
        publish(ServerEvents.CHANNEL_CREATED, serverId, new ChannelCreated(serverId, id, "text", "general", null, null, 0, 0,
                overwrites, Instant.now()));
        return id;
    }

    /** An overwrite denying VIEW_CHANNEL to one member. */
    public static ChannelOverwrite denyView(String userId) {
        return new ChannelOverwrite(userId, "member", "0", Permissions.format(Permissions.VIEW_CHANNEL));
    }

    /** Publishes a channel message, keyed by server id (as server-service does). */
    public static String message(String serverId, String channelId, String authorId, String content) {
        String id = Long.toString(Events.newId());
        publish(ServerEvents.MESSAGE_CREATED, serverId, new MessageCreated(serverId, channelId, id, authorId, content,
                List.of(), List.of(), false, List.of(), null, Instant.now()));
        return id;
    }

    public static String conversation(String... participants) {
        String id = Long.toString(Events.newId());
        publish(DmEvents.CONVERSATION_CREATED, id, new ConversationCreated(id, participants.length == 2 ? "direct" : "group",
                null, null, participants[0], List.of(participants), Instant.now()));
        return id;
    }

    /** A DM, keyed by conversation id (as dm-service does). */
    public static String dm(String conversationId, String senderId, String content, String... participants) {
        return dmKeyed(conversationId, conversationId, senderId, content, participants);
    }

    /**
     * A DM published under another key: tests use it as a marker behind an event with that key, since
     * one key means one partition and the projection handles a partition in order.
     */
    public static String dmKeyed(String key, String conversationId, String senderId, String content, String... participants) {
        String id = Long.toString(Events.newId());
        publish(DmEvents.MESSAGE_CREATED, key, new DmMessageCreated(id, conversationId, senderId, null, content, List.of(),
                null, List.of(participants), Instant.now()));
        return id;
    }

    public static void friends(String a, String b) {
        relationship(a, b, RelationshipKind.FRIEND, true);
    }

    /**
     * An edge appears or disappears, keyed by the user who acted, as auth-service publishes it (version 2, with the
     * stored rows' ids: a friendship's two, another edge's one).
     */
    public static void relationship(String userId, String targetUserId, RelationshipKind kind, boolean active) {
        String friendsRow = kind == RelationshipKind.FRIEND ? Long.toString(Events.newId()) : null;
        publish(AuthEvents.RELATIONSHIP_CHANGED_V2, userId, new RelationshipChangedV2(Long.toString(Events.newId()),
                friendsRow, userId, targetUserId, kind, active, Instant.now()));
    }

    /** A top-level post ({@code visibility} public, friends or server), keyed by its id (as feed-service does). */
    public static String post(String authorId, String visibility, String serverId, String content) {
        String id = Long.toString(Events.newId());
        postKeyed(id, id, authorId, visibility, serverId, content);
        return id;
    }

    public static String post(String authorId, String visibility) {
        return post(authorId, visibility, null, visibility + " post");
    }

    /** A reply: it takes its thread's visibility. */
    public static String reply(String authorId, String parentId, String parentAuthorId, String content) {
        String id = Long.toString(Events.newId());
        publish(FeedEvents.POST_CREATED, id, new PostCreated(id, authorId, content, List.of(), parentId, parentAuthorId,
                null, null, null, "public", List.of(), List.of(), Instant.now()));
        return id;
    }

    /**
     * A public post published under another key: tests use it as a marker behind a post with that key (its
     * author always receives it; one key means one partition, handled in order).
     */
    public static String postMarker(String key, String authorId) {
        String id = Long.toString(Events.newId());
        postKeyed(key, id, authorId, "public", null, "marker " + id);
        return id;
    }

    private static void postKeyed(String key, String id, String authorId, String visibility, String serverId,
            String content) {
        publish(FeedEvents.POST_CREATED, key, new PostCreated(id, authorId, content, List.of(), null, null, null,
                null, serverId, visibility, List.of(), List.of(), Instant.now()));
    }

    public static void deletePost(String postId, String authorId) {
        publish(FeedEvents.POST_DELETED, postId, new PostDeleted(postId, authorId, Instant.now()));
    }

    private World() {
    }
}
