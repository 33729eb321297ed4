package com.xcord.events.feed;

import java.time.Instant;

/** {@code authorId} replied to {@code parentId} (written by {@code parentAuthorId}) with {@code postId}. */
public record PostReplied(String postId, String authorId, String parentId, String parentAuthorId, String content,
        String visibility, String serverId, Instant repliedAt) {
}
