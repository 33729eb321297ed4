package com.xcord.realtime.projection;

import com.xcord.events.feed.PostCreated;
import com.xcord.events.feed.PostDeleted;
import com.xcord.realtime.RealtimeProperties;
import com.xcord.realtime.ws.Json;
import com.xcord.realtime.ws.SessionRegistry;
import com.xcord.realtime.ws.Stream;
import com.xcord.realtime.ws.Subscriptions;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * feed-service's posts: POST_CREATE and POST_DELETE, with the event's payload. They go to the author's own
 * sessions (every device), and to whoever {@link PostAudience} admits among those who would see the post
 * now: in their home timeline (the author's followers and friends, as feed-service's timeline counts them)
 * or on the author's profile (sessions subscribed to the {@code profile} stream with the author's id).
 *
 * <p>The feed's other events are not routed. Likes and reposts would send every viewer of a popular post a
 * counter change (a fan-out storm for numbers a client refreshes when it shows the post); replies, quotes,
 * mentions, likes and reposts are what notification-service turns into NOTIFICATION_CREATE for their
 * recipient, so routing them here would tell that user twice.
 */
@Component
class FeedRoutes implements EventRoutes {

    static final String PROFILE_STREAM = "profile";

    private final Projection p;
    private final SessionRegistry sessions;
    private final Subscriptions subscriptions;
    private final RecentPosts recentPosts;

    FeedRoutes(Projection projection, SessionRegistry sessions, Subscriptions subscriptions,
            RealtimeProperties properties) {
        this.p = projection;
        this.sessions = sessions;
        this.subscriptions = subscriptions;
        this.recentPosts = new RecentPosts(properties.recentPosts());
    }

    @Override
    public void register(RouteTable routes) {
        routes.on(PostCreated.class, this::postCreated)
                .on(PostDeleted.class, this::postDeleted)
                .stream(PROFILE_STREAM);
    }

    private void postCreated(PostCreated post, String id, boolean live) {
        PostAudience audience = PostAudience.of(post);
        if (audience.reachesOthers()) {
            recentPosts.remember(post.postId(), audience);
        }
        if (live) {
            deliver(audience, "POST_CREATE", post, id);
        }
    }

    private void postDeleted(PostDeleted post, String id, boolean live) {
        PostAudience audience = recentPosts.forget(post.postId());
        if (live) {
            deliver(audience != null ? audience : PostAudience.authorOnly(post.authorId()), "POST_DELETE", post, id);
        }
    }

    private void deliver(PostAudience audience, String type, Object payload, String id) {
        String json = Json.write(payload);
        String author = audience.authorId();
        sessions.dispatch(author, type, json, id);
        if (!audience.reachesOthers()) {
            return;
        }
        // one dispatch per user: a friend who also follows, or a follower who also watches the profile, gets it once
        Set<String> reached = new HashSet<>();
        reached.add(author);
        for (Set<String> candidates : List.of(p.followersOf(author), p.friendsOf(author))) {
            for (String viewer : candidates) {
                if (sessions.hasLocalSessions(viewer) && audience.admits(viewer, p) && reached.add(viewer)) {
                    sessions.dispatch(viewer, type, json, id);
                }
            }
        }
        subscriptions.dispatch(new Stream(PROFILE_STREAM, author),
                viewer -> !reached.contains(viewer) && audience.admits(viewer, p), type, json, id);
    }
}
