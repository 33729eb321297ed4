package com.xcord.feed.post;

import com.xcord.events.feed.FeedEvents;
import com.xcord.events.feed.PostCreatedV2;
import com.xcord.events.feed.PostDeleted;
import com.xcord.events.feed.PostMentioned;
import com.xcord.events.feed.PostQuoted;
import com.xcord.events.feed.PostReplied;
import com.xcord.servicekit.id.Ids;
import com.xcord.servicekit.outbox.Outbox;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/** Publishes a post's facts through the outbox, keyed by the post's id so its lifecycle stays in order. */
@Component
class PostEvents {

    private final Outbox outbox;

    PostEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /**
     * {@code post.created} (version 2: the media as media objects), then {@code post.replied} / {@code post.quoted} when it answers or quotes
     * ({@code parent}, {@code quoted} null otherwise), and one {@code post.mentioned} per mentioned user
     * who may see it ({@code mentionedViewers}).
     */
    void created(PostRow post, PostRow parent, PostRow quoted, List<Long> mentionedViewers) {
        String subject = Ids.format(post.id());
        String author = Ids.format(post.authorId());
        String visibility = post.audience().wireName();
        String server = Ids.formatNullable(post.serverId());
        outbox.publish(FeedEvents.POST_CREATED_V2, subject, new PostCreatedV2(subject, author, post.content(),
                post.media(), Ids.formatNullable(post.replyToId()),
                parent == null ? null : Ids.format(parent.authorId()), Ids.formatNullable(post.quoteOfId()),
                quoted == null ? null : Ids.format(quoted.authorId()), server, visibility,
                strings(post.mentionIds()), post.hashtags(), post.createdAt()));
        if (parent != null) {
            outbox.publish(FeedEvents.POST_REPLIED, subject, new PostReplied(subject, author,
                    Ids.format(parent.id()), Ids.format(parent.authorId()), post.content(), visibility, server,
                    post.createdAt()));
        }
        if (quoted != null) {
            outbox.publish(FeedEvents.POST_QUOTED, subject, new PostQuoted(subject, author,
                    Ids.format(quoted.id()), Ids.format(quoted.authorId()), post.content(), visibility, server,
                    post.createdAt()));
        }
        for (long mentioned : mentionedViewers) {
            outbox.publish(FeedEvents.POST_MENTIONED, subject, new PostMentioned(subject, author,
                    Ids.format(mentioned), post.content(), post.createdAt()));
        }
    }

    void deleted(long postId, long authorId, Instant at) {
        outbox.publish(FeedEvents.POST_DELETED, Ids.format(postId),
                new PostDeleted(Ids.format(postId), Ids.format(authorId), at));
    }

    private static List<String> strings(List<Long> ids) {
        return ids.stream().map(Ids::format).toList();
    }
}
