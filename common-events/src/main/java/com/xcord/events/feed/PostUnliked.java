package com.xcord.events.feed;

import java.time.Instant;

/** {@code userId} took back their like of {@code postId}. */
public record PostUnliked(String postId, String postAuthorId, String userId, Instant unlikedAt) {
}
