package com.xcord.events.feed;

import java.time.Instant;

/** {@code userId} liked {@code postId}, written by {@code postAuthorId}. */
public record PostLiked(String postId, String postAuthorId, String userId, Instant likedAt) {
}
