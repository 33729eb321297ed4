package com.xcord.events.feed;

import java.time.Instant;

/**
 * {@code authorId} mentioned {@code mentionedUserId} in {@code postId}. Published only for
 * mentioned users who may see the post, one event per mentioned user.
 */
public record PostMentioned(String postId, String authorId, String mentionedUserId, String content,
        Instant mentionedAt) {
}
