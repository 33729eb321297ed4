package com.xcord.feed.post;

import com.xcord.servicekit.media.MediaObjectView;

import java.time.Instant;
import java.util.List;

/**
 * A post as the API shows it to one viewer. A deleted post is a placeholder
 * ({@code deleted: true}, only its place in the thread); a post the viewer may not see, where
 * it must still be shown (an ancestor, a quoted post), is {@code unavailable: true} with only
 * its id. Counts include only what the viewer may see where visibility applies (replies,
 * quotes). {@code media} are the media objects (DESIGN §3) as they were when it was posted, {@code mediaIds}
 * their ids.
 */
public record PostView(String id, boolean deleted, boolean unavailable, Author author, String content,
        List<String> mediaIds, List<MediaObjectView> media, String replyToId, String rootId, String quoteOfId, PostView quote, String visibility,
        String serverId, List<String> mentionIds, List<String> hashtags, Instant createdAt, long likeCount,
        long repostCount, long replyCount, long quoteCount, boolean liked, boolean reposted, boolean bookmarked) {

    /** The author as far as this service knows them (username null until auth's event arrives). */
    public record Author(String id, String username, String displayName) {
    }

    static PostView unavailable(String id) {
        return new PostView(id, false, true, null, null, List.of(), List.of(), null, null, null, null, null, null,
                List.of(),
                List.of(), null, 0, 0, 0, 0, false, false, false);
    }

    static PostView deleted(String id, String replyToId, String rootId, long replyCount) {
        return new PostView(id, true, false, null, null, List.of(), List.of(), replyToId, rootId, null, null, null, null,
                List.of(), List.of(), null, 0, 0, replyCount, 0, false, false, false);
    }
}
