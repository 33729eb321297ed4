package com.xcord.events.feed;

import com.xcord.events.EventType;
import com.xcord.events.Topics;

/**
 * Event types published by feed-service on {@link Topics#FEED}, keyed by the id of the post
 * they are about (so one post's lifecycle stays in order). Bookmarks are private and publish
 * nothing.
 */
public final class FeedEvents {

    public static final EventType<PostCreated> POST_CREATED =
            new EventType<>("post.created", 1, Topics.FEED, PostCreated.class);
    /** {@code post.created} with media objects: what feed-service publishes since version 2. */
    public static final EventType<PostCreatedV2> POST_CREATED_V2 =
            new EventType<>("post.created", 2, Topics.FEED, PostCreatedV2.class);
    public static final EventType<PostDeleted> POST_DELETED =
            new EventType<>("post.deleted", 1, Topics.FEED, PostDeleted.class);
    public static final EventType<PostReplied> POST_REPLIED =
            new EventType<>("post.replied", 1, Topics.FEED, PostReplied.class);
    public static final EventType<PostQuoted> POST_QUOTED =
            new EventType<>("post.quoted", 1, Topics.FEED, PostQuoted.class);
    public static final EventType<PostMentioned> POST_MENTIONED =
            new EventType<>("post.mentioned", 1, Topics.FEED, PostMentioned.class);
    public static final EventType<PostLiked> POST_LIKED =
            new EventType<>("post.liked", 1, Topics.FEED, PostLiked.class);
    public static final EventType<PostUnliked> POST_UNLIKED =
            new EventType<>("post.unliked", 1, Topics.FEED, PostUnliked.class);
    public static final EventType<PostReposted> POST_REPOSTED =
            new EventType<>("post.reposted", 1, Topics.FEED, PostReposted.class);
    public static final EventType<PostUnreposted> POST_UNREPOSTED =
            new EventType<>("post.unreposted", 1, Topics.FEED, PostUnreposted.class);

    private FeedEvents() {
    }
}
