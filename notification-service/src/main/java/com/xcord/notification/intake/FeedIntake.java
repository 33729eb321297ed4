package com.xcord.notification.intake;

import com.xcord.events.feed.FeedEvents;
import com.xcord.notification.inbox.Inbox;
import com.xcord.notification.inbox.NewNotification;
import com.xcord.notification.inbox.NotificationType;
import com.xcord.servicekit.consumer.IdempotentConsumer;
import com.xcord.servicekit.projection.EventProjection;
import org.springframework.stereotype.Component;

/**
 * feed-service's events: mentions (feed publishes them only for users who may see the post), replies, quotes, likes
 * and reposts notify the post's author or the mentioned user; an unlike or un-repost takes its notification back,
 * and a deleted post takes every notification about it.
 */
@Component
class FeedIntake extends EventProjection {

    static final String POST = "post";

    FeedIntake(IdempotentConsumer once, Rules rules, Inbox inbox) {
        super("notification.feed", once);
        on(FeedEvents.POST_MENTIONED, m -> rules.notify(new NewNotification(id(m.mentionedUserId()),
                NotificationType.MENTION, id(m.authorId()), POST, id(m.postId()), null, null, null, m.content(),
                "mention:post:" + m.postId(), m.mentionedAt())));
        on(FeedEvents.POST_REPLIED, r -> rules.notify(new NewNotification(id(r.parentAuthorId()),
                NotificationType.REPLY, id(r.authorId()), POST, id(r.postId()), nullableId(r.serverId()), null, null,
                r.content(), "reply:" + r.postId(), r.repliedAt())));
        on(FeedEvents.POST_QUOTED, q -> rules.notify(new NewNotification(id(q.quotedAuthorId()),
                NotificationType.QUOTE, id(q.authorId()), POST, id(q.postId()), nullableId(q.serverId()), null, null,
                q.content(), "quote:" + q.postId(), q.quotedAt())));
        on(FeedEvents.POST_LIKED, l -> rules.notify(new NewNotification(id(l.postAuthorId()), NotificationType.LIKE,
                id(l.userId()), POST, id(l.postId()), null, null, null, null, "like:" + l.postId() + ":" + l.userId(),
                l.likedAt())));
        on(FeedEvents.POST_UNLIKED, u -> inbox.undo(id(u.postAuthorId()), "like:" + u.postId() + ":" + u.userId()));
        on(FeedEvents.POST_REPOSTED, r -> rules.notify(new NewNotification(id(r.postAuthorId()),
                NotificationType.REPOST, id(r.userId()), POST, id(r.postId()), null, null, null, null,
                "repost:" + r.postId() + ":" + r.userId(), r.repostedAt())));
        on(FeedEvents.POST_UNREPOSTED, u -> inbox.undo(id(u.postAuthorId()),
                "repost:" + u.postId() + ":" + u.userId()));
        on(FeedEvents.POST_DELETED, d -> inbox.subjectGone(POST, id(d.postId())));
    }

    static long id(String value) {
        return Long.parseLong(value);
    }

    static Long nullableId(String value) {
        return value == null ? null : Long.parseLong(value);
    }
}
