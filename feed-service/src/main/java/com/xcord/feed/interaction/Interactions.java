package com.xcord.feed.interaction;

import com.xcord.events.feed.FeedEvents;
import com.xcord.events.feed.PostLiked;
import com.xcord.events.feed.PostReposted;
import com.xcord.events.feed.PostUnliked;
import com.xcord.events.feed.PostUnreposted;
import com.xcord.feed.post.PostAccess;
import com.xcord.feed.post.PostAccess.Counter;
import com.xcord.feed.post.PostAccess.Target;
import com.xcord.feed.post.PostView;
import com.xcord.feed.post.PostViews;
import com.xcord.servicekit.id.Ids;
import com.xcord.servicekit.id.SnowflakeIds;
import com.xcord.servicekit.outbox.Outbox;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Does and undoes likes, reposts and bookmarks; answers with the post as the caller now sees it. */
@Service
class Interactions {

    private final InteractionRepository interactions;
    private final PostAccess posts;
    private final PostViews views;
    private final Outbox outbox;
    private final SnowflakeIds ids;

    Interactions(InteractionRepository interactions, PostAccess posts, PostViews views, Outbox outbox,
            SnowflakeIds ids) {
        this.interactions = interactions;
        this.posts = posts;
        this.views = views;
        this.outbox = outbox;
        this.ids = ids;
    }

    @Transactional
    PostView add(long me, long postId, Kind kind) {
        Target post = posts.lockVisible(me, postId);
        long id = ids.next();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        if (interactions.insert(id, me, postId, kind, now)) {
            String subject = Ids.format(postId);
            switch (kind) {
                case LIKE -> {
                    posts.count(postId, Counter.LIKES, 1);
                    outbox.publish(FeedEvents.POST_LIKED, subject,
                            new PostLiked(subject, Ids.format(post.authorId()), Ids.format(me), now));
                }
                case REPOST -> {
                    posts.count(postId, Counter.REPOSTS, 1);
                    interactions.addRepostEntry(id, me, postId, post.serverId());
                    outbox.publish(FeedEvents.POST_REPOSTED, subject, new PostReposted(Ids.format(id), subject,
                            Ids.format(post.authorId()), Ids.format(me), now));
                }
                case BOOKMARK -> {
                    // private: nothing to count or announce
                }
            }
        }
        return views.one(me, postId);
    }

    @Transactional
    PostView remove(long me, long postId, Kind kind) {
        Target post = posts.lockVisible(me, postId);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        interactions.delete(me, postId, kind).ifPresent(id -> {
            String subject = Ids.format(postId);
            switch (kind) {
                case LIKE -> {
                    posts.count(postId, Counter.LIKES, -1);
                    outbox.publish(FeedEvents.POST_UNLIKED, subject,
                            new PostUnliked(subject, Ids.format(post.authorId()), Ids.format(me), now));
                }
                case REPOST -> {
                    posts.count(postId, Counter.REPOSTS, -1);
                    interactions.removeRepostEntry(id);
                    outbox.publish(FeedEvents.POST_UNREPOSTED, subject, new PostUnreposted(Ids.format(id), subject,
                            Ids.format(post.authorId()), Ids.format(me), now));
                }
                case BOOKMARK -> {
                }
            }
        });
        return views.one(me, postId);
    }
}
