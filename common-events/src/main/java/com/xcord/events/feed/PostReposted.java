package com.xcord.events.feed;

import java.time.Instant;

/** {@code userId} reposted {@code postId}, written by {@code postAuthorId}; {@code repostId} is the timeline entry. */
public record PostReposted(String repostId, String postId, String postAuthorId, String userId, Instant repostedAt) {
}
