package com.xcord.media.media;

import com.xcord.events.auth.AuthEvents;
import com.xcord.events.dm.DmEvents;
import com.xcord.events.feed.FeedEvents;
import com.xcord.events.media.MediaAttachment;
import com.xcord.events.server.ServerEvents;
import com.xcord.servicekit.consumer.IdempotentConsumer;
import com.xcord.servicekit.projection.EventProjection;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Which posts, messages, profiles and servers use which media, from their services' events: what keeps attached
 * media from the orphan sweep, makes {@code DELETE /media/{id}} a 409, and releases media when its post or message
 * is deleted. Version 1 events (ids only) are read too, for producers not yet on the versions with media objects.
 */
@Component
class UsageProjection extends EventProjection {

    static final String CONSUMER = "media-usages";
    static final String POST = "post";
    static final String MESSAGE = "message";
    static final String DM_MESSAGE = "dm_message";
    static final String AVATAR = "avatar";
    static final String SERVER_ICON = "server_icon";

    UsageProjection(IdempotentConsumer once, MediaCatalog catalog) {
        super(CONSUMER, once);
        on(FeedEvents.POST_CREATED, p -> catalog.usedBy(POST, p.postId(), ids(p.mediaIds())));
        on(FeedEvents.POST_CREATED_V2, p -> catalog.usedBy(POST, p.postId(), attached(p.media())));
        on(FeedEvents.POST_DELETED, p -> catalog.usedBy(POST, p.postId(), List.of()));
        on(ServerEvents.MESSAGE_CREATED, m -> catalog.usedBy(MESSAGE, m.messageId(), ids(m.attachmentIds())));
        on(ServerEvents.MESSAGE_CREATED_V2, m -> catalog.usedBy(MESSAGE, m.messageId(), attached(m.attachments())));
        on(ServerEvents.MESSAGE_UPDATED_V3, m -> catalog.usedBy(MESSAGE, m.messageId(), attached(m.attachments())));
        on(ServerEvents.MESSAGE_DELETED, m -> catalog.usedBy(MESSAGE, m.messageId(), List.of()));
        on(DmEvents.MESSAGE_CREATED, m -> catalog.usedBy(DM_MESSAGE, m.messageId(), ids(m.attachmentIds())));
        on(DmEvents.MESSAGE_CREATED_V2, m -> catalog.usedBy(DM_MESSAGE, m.messageId(), attached(m.attachments())));
        on(DmEvents.MESSAGE_UPDATED_V3, m -> catalog.usedBy(DM_MESSAGE, m.messageId(), attached(m.attachments())));
        on(DmEvents.MESSAGE_DELETED, m -> catalog.usedBy(DM_MESSAGE, m.messageId(), List.of()));
        on(AuthEvents.USER_UPDATED, u -> catalog.usedBy(AVATAR, u.userId(), ids(single(u.avatarMediaId()))));
        on(ServerEvents.SERVER_CREATED, s -> catalog.usedBy(SERVER_ICON, s.serverId(), ids(single(s.iconMediaId()))));
        on(ServerEvents.SERVER_UPDATED, s -> catalog.usedBy(SERVER_ICON, s.serverId(), ids(single(s.iconMediaId()))));
        on(ServerEvents.SERVER_DELETED, s -> catalog.usedBy(SERVER_ICON, s.serverId(), List.of()));
    }

    private static List<String> single(String id) {
        return id == null ? List.of() : List.of(id);
    }

    private static List<Long> attached(List<MediaAttachment> media) {
        return media == null ? List.of() : ids(media.stream().map(MediaAttachment::id).toList());
    }

    /** Ids that are not numbers cannot be ours: skipped rather than failing the event. */
    private static List<Long> ids(List<String> ids) {
        if (ids == null) {
            return List.of();
        }
        return ids.stream().filter(Objects::nonNull).map(id -> {
            try {
                return Long.parseLong(id);
            } catch (NumberFormatException e) {
                return null;
            }
        }).filter(Objects::nonNull).distinct().toList();
    }
}
