package com.xcord.realtime.routes.feed;

import static com.xcord.realtime.protocol.DispatchType.POST_CREATE;
import static com.xcord.realtime.protocol.DispatchType.POST_DELETE;

import com.xcord.events.feed.PostCreated;
import com.xcord.events.feed.PostCreatedV2;
import com.xcord.events.feed.PostDeleted;
import com.xcord.realtime.RealtimeProperties;
import com.xcord.realtime.delivery.Delivery;
import com.xcord.realtime.delivery.Stream;
import com.xcord.realtime.projection.EventRoutes;
import com.xcord.realtime.projection.Projection;
import com.xcord.realtime.projection.RouteTable;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * feed-service's posts: POST_CREATE and POST_DELETE. They go to the author's own sessions (every device), and
 * to whoever {@link PostAudience} admits among those who would see the post now: in their home timeline (the
 * author's followers and friends, as feed-service's timeline counts them) or on the author's profile (sessions
 * subscribed to the {@code profile} stream with the author's id).
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
    private final Delivery delivery;
    private final FeedViews views;
    private final RecentPosts recentPosts;

    FeedRoutes(Projection projection, Delivery delivery, FeedViews views, RealtimeProperties properties) {
        this.p = projection;
        this.delivery = delivery;
        this.views = views;
        this.recentPosts = new RecentPosts(properties.recentPosts());
    }

    @Override
    public void register(RouteTable routes) {
        routes.on(PostCreated.class, (post, id, live) ->
                        postCreated(post.postId(), PostAudience.of(post), () -> views.post(post), id, live))
                .on(PostCreatedV2.class, (post, id, live) ->
                        postCreated(post.postId(), PostAudience.of(post), () -> views.post(post), id, live))
                .on(PostDeleted.class, this::postDeleted)
                .stream(PROFILE_STREAM);
    }

    /** Any version of {@code post.created}: its view differs, not who gets it. */
    private void postCreated(String postId, PostAudience audience, Supplier<FeedViews.PostView> view, String id,
            boolean live) {
        if (audience.reachesOthers()) {
            recentPosts.remember(postId, audience);
        }
        if (live) {
            deliver(audience, delivery.prepare(POST_CREATE, view.get()), id);
        }
    }

    private void postDeleted(PostDeleted post, String id, boolean live) {
        PostAudience audience = recentPosts.forget(post.postId());
        if (live) {
            deliver(audience != null ? audience : PostAudience.authorOnly(post.authorId()),
                    delivery.prepare(POST_DELETE, FeedViews.deleted(post)), id);
        }
    }

    private void deliver(PostAudience audience, Delivery.Prepared prepared, String id) {
        String author = audience.authorId();
        delivery.toUser(author, prepared, id);
        if (!audience.reachesOthers()) {
            return;
        }
        // one dispatch per user: a friend who also follows, or a follower who also watches the profile, gets it once
        Set<String> reached = new HashSet<>();
        reached.add(author);
        for (Set<String> candidates : List.of(p.followersOf(author), p.friendsOf(author))) {
            for (String viewer : candidates) {
                if (delivery.isConnectedHere(viewer) && audience.admits(viewer, p) && reached.add(viewer)) {
                    delivery.toUser(viewer, prepared, id);
                }
            }
        }
        delivery.toStream(new Stream(PROFILE_STREAM, author),
                viewer -> !reached.contains(viewer) && audience.admits(viewer, p), prepared, id);
    }
}
