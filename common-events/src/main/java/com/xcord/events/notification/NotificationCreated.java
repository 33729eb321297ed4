package com.xcord.events.notification;

import java.time.Instant;
import java.util.List;

/**
 * A notification for {@code recipientId} exists, with the state of the group it joined after it joined, so a
 * consumer can show the grouped line without calling back.
 *
 * @param type           mention, reply, quote, like, repost, follow, friend_request, friend_accept, dm_message or
 *                       live_started
 * @param subjectType    what it is about: post, message (a channel message), dm_message, user or stream
 * @param serverId       the server of a channel message or a server post; null otherwise
 * @param channelId      the channel of a channel message; null otherwise
 * @param conversationId the conversation of a DM; null otherwise
 * @param excerpt        the start of the text it is about; null when there is none
 * @param groupKey       the group it joined: likes, reposts and follows of one subject within the grouping window
 *                       share one; every other notification is a group of its own
 * @param groupCount     notifications in the group, this one included
 * @param sampleActorIds the group's latest actors, newest first (at most a few)
 * @param unreadCount    the recipient's unread notifications after this one
 */
public record NotificationCreated(String notificationId, String recipientId, String type, String actorId,
        String subjectType, String subjectId, String serverId, String channelId, String conversationId,
        String excerpt, String groupKey, int groupCount, List<String> sampleActorIds, int unreadCount,
        Instant createdAt) {
}
