package com.xcord.realtime.routes.feed;

import com.xcord.events.feed.PostCreated;
import com.xcord.events.feed.PostCreatedV2;
import com.xcord.realtime.projection.Projection;

/**
 * Who may see a post: feed-service's rule (its {@code audience.Visibility}) evaluated on the projection.
 * {@code public}: everyone; {@code friends}: the author's friends; {@code server}: the members of
 * {@code serverId}; never anyone who blocked the author or whom the author blocked. The author always.
 *
 * <p>{@code visibility} null means "the author alone": for a reply, because a reply is seen by its thread
 * owner's audience and blocks and the event names only the parent's author, not the thread's owner; for a
 * visibility this build does not know, and for a deleted post whose audience is no longer remembered.
 * Realtime does not guess an audience: it would leak what feed-service hides.
 */
record PostAudience(String authorId, Visibility visibility, String serverId) {

    enum Visibility {
        PUBLIC, FRIENDS, SERVER
    }

    static PostAudience of(PostCreated post) {
        return of(post.authorId(), post.replyToId(), post.visibility(), post.serverId());
    }

    static PostAudience of(PostCreatedV2 post) {
        return of(post.authorId(), post.replyToId(), post.visibility(), post.serverId());
    }

    private static PostAudience of(String authorId, String replyToId, String visibility, String serverId) {
        return new PostAudience(authorId, replyToId != null ? null : parse(visibility), serverId);
    }

    static PostAudience authorOnly(String authorId) {
        return new PostAudience(authorId, null, null);
    }

    /** Whether anyone but the author may see it. */
    boolean reachesOthers() {
        return visibility != null;
    }

    boolean admits(String viewerId, Projection p) {
        if (viewerId.equals(authorId)) {
            return true;
        }
        if (visibility == null || p.blockedEitherWay(viewerId, authorId)) {
            return false;
        }
        return switch (visibility) {
            case PUBLIC -> true;
            case FRIENDS -> p.friendsOf(authorId).contains(viewerId);
            case SERVER -> serverId != null && p.isMember(serverId, viewerId);
        };
    }

    private static Visibility parse(String wireName) {
        if (wireName == null) {
            return null;
        }
        return switch (wireName) {
            case "public" -> Visibility.PUBLIC;
            case "friends" -> Visibility.FRIENDS;
            case "server" -> Visibility.SERVER;
            default -> null;
        };
    }
}
