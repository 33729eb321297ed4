package com.xcord.events.feed;

import java.time.Instant;

/** {@code authorId} quoted {@code quotedPostId} (written by {@code quotedAuthorId}) in {@code postId}. */
public record PostQuoted(String postId, String authorId, String quotedPostId, String quotedAuthorId, String content,
        String visibility, String serverId, Instant quotedAt) {
}
