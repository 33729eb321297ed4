package com.xcord.events.feed;

import java.time.Instant;

/** {@code userId} undid their repost {@code repostId} of {@code postId}. */
public record PostUnreposted(String repostId, String postId, String postAuthorId, String userId,
        Instant unrepostedAt) {
}
