package com.xcord.realtime.routes.feed;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The audiences of the latest posts, because {@code PostDeleted} does not repeat the post's visibility: a
 * POST_DELETE must reach the post's audience and no one else. Bounded (the oldest is forgotten first): deletes
 * mostly follow soon after the post, and clients that still show an older post find it gone on their next
 * fetch. Built on replay like the rest of the projection; consumer thread only.
 */
final class RecentPosts {

    private final Map<String, PostAudience> byPostId;

    RecentPosts(int capacity) {
        this.byPostId = new LinkedHashMap<>(Math.min(capacity, 1024), 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, PostAudience> eldest) {
                return size() > capacity;
            }
        };
    }

    void remember(String postId, PostAudience audience) {
        byPostId.put(postId, audience);
    }

    /** The post's audience if it is still remembered, else null; forgets it either way. */
    PostAudience forget(String postId) {
        return byPostId.remove(postId);
    }
}
