package com.xcord.realtime.routes.feed;

import com.xcord.events.feed.PostCreated;
import com.xcord.events.feed.PostCreatedV2;
import com.xcord.events.feed.PostDeleted;
import com.xcord.realtime.projection.Projection;
import com.xcord.realtime.protocol.DispatchPayload;
import com.xcord.realtime.protocol.DispatchType;
import com.xcord.realtime.routes.media.MediaViews;
import com.xcord.realtime.routes.media.MediaViews.MediaObjectView;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * What clients see of feed-service's events: its {@code PostView}, mapped from the event and the projection's
 * profiles here and nowhere else. A new post has no likes, reposts, replies or quotes yet, and the viewer has
 * not liked, reposted or bookmarked it: counts 0, flags false.
 */
@Component
class FeedViews {

    /** feed-service's {@code PostView} (the viewer-specific flags false: a post just created). */
    @DispatchPayload(DispatchType.POST_CREATE)
    public record PostView(String id, boolean deleted, boolean unavailable, AuthorView author, String content,
            List<String> mediaIds, List<MediaObjectView> media, String replyToId, String rootId, String quoteOfId, PostView quote, String visibility,
            String serverId, List<String> mentionIds, List<String> hashtags, Instant createdAt, long likeCount,
            long repostCount, long replyCount, long quoteCount, boolean liked, boolean reposted, boolean bookmarked) {
    }

    /** feed-service's {@code PostView.Author}: username and display name from auth's events. */
    public record AuthorView(String id, String username, String displayName) {
    }

    @DispatchPayload(DispatchType.POST_DELETE)
    public record PostDeleteView(String id) {
    }

    private final Projection projection;

    FeedViews(Projection projection) {
        this.projection = projection;
    }

    /**
     * A top-level post is its own thread's root; a reply's root is not in the event (null), nor is the quoted
     * post's view (only {@code quoteOfId}).
     */
    PostView post(PostCreated p) {
        String rootId = p.replyToId() == null ? p.postId() : null;
        return new PostView(p.postId(), false, false, author(p.authorId()), p.content(), nn(p.mediaIds()), List.of(),
                p.replyToId(), rootId, p.quoteOfId(), null, p.visibility(), p.serverId(), nn(p.mentionedUserIds()),
                nn(p.hashtags()), p.createdAt(), 0, 0, 0, 0, false, false, false);
    }

    /** {@code post.created} version 2: the media as media objects, as REST shows them. */
    PostView post(PostCreatedV2 p) {
        String rootId = p.replyToId() == null ? p.postId() : null;
        return new PostView(p.postId(), false, false, author(p.authorId()), p.content(), MediaViews.ids(p.media()),
                MediaViews.of(p.media()), p.replyToId(), rootId, p.quoteOfId(), null, p.visibility(), p.serverId(),
                nn(p.mentionedUserIds()), nn(p.hashtags()), p.createdAt(), 0, 0, 0, 0, false, false, false);
    }

    static PostDeleteView deleted(PostDeleted p) {
        return new PostDeleteView(p.postId());
    }

    private AuthorView author(String userId) {
        Projection.User u = projection.user(userId);
        return u == null ? new AuthorView(userId, null, null) : new AuthorView(userId, u.username(), u.displayName());
    }

    private static List<String> nn(List<String> list) {
        return list == null ? List.of() : list;
    }
}
