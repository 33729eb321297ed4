package com.xcord.feed.interaction;

import com.xcord.events.feed.FeedEvents;
import com.xcord.events.feed.PostLiked;
import com.xcord.events.feed.PostReposted;
import com.xcord.events.feed.PostUnliked;
import com.xcord.events.feed.PostUnreposted;
import com.xcord.feed.post.PostAccess.Target;
import com.xcord.servicekit.id.Ids;
import com.xcord.servicekit.outbox.Outbox;
import org.springframework.stereotype.Component;

import java.time.Instant;

/** Publishes likes and reposts (done and undone) through the outbox, keyed by the post's id. */
@Component
class InteractionEvents {

    private final Outbox outbox;

    InteractionEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    void liked(Target post, long userId, Instant at) {
        outbox.publish(FeedEvents.POST_LIKED, Ids.format(post.id()),
                new PostLiked(Ids.format(post.id()), Ids.format(post.authorId()), Ids.format(userId), at));
    }

    void unliked(Target post, long userId, Instant at) {
        outbox.publish(FeedEvents.POST_UNLIKED, Ids.format(post.id()),
                new PostUnliked(Ids.format(post.id()), Ids.format(post.authorId()), Ids.format(userId), at));
    }

    void reposted(long repostId, Target post, long userId, Instant at) {
        outbox.publish(FeedEvents.POST_REPOSTED, Ids.format(post.id()), new PostReposted(Ids.format(repostId),
                Ids.format(post.id()), Ids.format(post.authorId()), Ids.format(userId), at));
    }

    void unreposted(long repostId, Target post, long userId, Instant at) {
        outbox.publish(FeedEvents.POST_UNREPOSTED, Ids.format(post.id()), new PostUnreposted(Ids.format(repostId),
                Ids.format(post.id()), Ids.format(post.authorId()), Ids.format(userId), at));
    }
}
