package com.xcord.events;

import com.xcord.events.auth.AuthEvents;
import com.xcord.events.dm.DmEvents;
import com.xcord.events.feed.FeedEvents;
import com.xcord.events.server.ServerEvents;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Registry of every event type in the fleet, so a consumer can decode any envelope it reads. */
public final class EventTypes {

    /** Every known type; a service adding events adds its constants here. */
    public static final List<EventType<?>> ALL = List.of(
            AuthEvents.USER_REGISTERED,
            AuthEvents.USER_UPDATED,
            AuthEvents.RELATIONSHIP_CHANGED,
            AuthEvents.SESSION_REVOKED,
            ServerEvents.SERVER_CREATED,
            ServerEvents.SERVER_UPDATED,
            ServerEvents.SERVER_DELETED,
            ServerEvents.CHANNEL_CREATED,
            ServerEvents.CHANNEL_UPDATED,
            ServerEvents.CHANNEL_DELETED,
            ServerEvents.MEMBER_JOINED,
            ServerEvents.MEMBER_LEFT,
            ServerEvents.MEMBER_KICKED,
            ServerEvents.MEMBER_BANNED,
            ServerEvents.MEMBER_UNBANNED,
            ServerEvents.MEMBER_UPDATED,
            ServerEvents.ROLE_CREATED,
            ServerEvents.ROLE_UPDATED,
            ServerEvents.ROLE_DELETED,
            ServerEvents.MESSAGE_CREATED,
            ServerEvents.MESSAGE_UPDATED,
            ServerEvents.MESSAGE_DELETED,
            DmEvents.CONVERSATION_CREATED,
            DmEvents.CONVERSATION_UPDATED,
            DmEvents.PARTICIPANT_ADDED,
            DmEvents.PARTICIPANT_REMOVED,
            DmEvents.MESSAGE_CREATED,
            DmEvents.MESSAGE_UPDATED,
            DmEvents.MESSAGE_DELETED,
            DmEvents.READ_MARKER_MOVED,
            FeedEvents.POST_CREATED,
            FeedEvents.POST_DELETED,
            FeedEvents.POST_REPLIED,
            FeedEvents.POST_QUOTED,
            FeedEvents.POST_MENTIONED,
            FeedEvents.POST_LIKED,
            FeedEvents.POST_UNLIKED,
            FeedEvents.POST_REPOSTED,
            FeedEvents.POST_UNREPOSTED);

    private static final Map<String, EventType<?>> BY_KEY =
            ALL.stream().collect(Collectors.toUnmodifiableMap(t -> key(t.name(), t.version()), Function.identity()));

    public static Optional<EventType<?>> find(String name, int version) {
        return Optional.ofNullable(BY_KEY.get(key(name, version)));
    }

    private static String key(String name, int version) {
        return name + "@" + version;
    }

    private EventTypes() {
    }
}
