package com.xcord.notification.inbox;

import com.xcord.servicekit.id.Ids;

import java.time.Instant;

/** A row of {@code notification}. */
record StoredNotification(long id, long recipientId, String type, long actorId, String subjectType, long subjectId,
        Long serverId, Long channelId, Long conversationId, String excerpt, String groupKey, boolean read,
        Instant createdAt) {

    Views.SubjectView subject() {
        return new Views.SubjectView(subjectType, Ids.format(subjectId), Ids.formatNullable(serverId),
                Ids.formatNullable(channelId), Ids.formatNullable(conversationId), excerpt);
    }

    Views.NotificationView view() {
        return new Views.NotificationView(Ids.format(id), type, new Views.ActorView(Ids.format(actorId)), subject(),
                groupKey, read, createdAt);
    }
}
