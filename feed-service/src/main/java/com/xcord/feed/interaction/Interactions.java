package com.xcord.feed.interaction;

import com.xcord.feed.post.PostAccess;
import com.xcord.feed.post.PostAccess.Counter;
import com.xcord.feed.post.PostAccess.Target;
import com.xcord.feed.post.PostView;
import com.xcord.feed.post.PostViews;
import com.xcord.servicekit.id.SnowflakeIds;
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
    private final InteractionEvents events;
    private final SnowflakeIds ids;

    Interactions(InteractionRepository interactions, PostAccess posts, PostViews views, InteractionEvents events,
            SnowflakeIds ids) {
        this.interactions = interactions;
        this.posts = posts;
        this.views = views;
        this.events = events;
        this.ids = ids;
    }

    @Transactional
    PostView add(long me, long postId, Kind kind) {
        Target post = posts.lockVisible(me, postId);
        long id = ids.next();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        if (interactions.insert(id, me, postId, kind, now)) {
            switch (kind) {
                case LIKE -> {
                    posts.count(postId, Counter.LIKES, 1);
                    events.liked(post, me, now);
                }
                case REPOST -> {
                    posts.count(postId, Counter.REPOSTS, 1);
                    interactions.addRepostEntry(id, me, postId, post.serverId());
                    events.reposted(id, post, me, now);
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
            switch (kind) {
                case LIKE -> {
                    posts.count(postId, Counter.LIKES, -1);
                    events.unliked(post, me, now);
                }
                case REPOST -> {
                    posts.count(postId, Counter.REPOSTS, -1);
                    interactions.removeRepostEntry(id);
                    events.unreposted(id, post, me, now);
                }
                case BOOKMARK -> {
                }
            }
        });
        return views.one(me, postId);
    }
}
