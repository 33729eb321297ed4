package com.xcord.events.feed;

import java.time.Instant;
import java.util.List;

/**
 * A post exists. {@code visibility} is {@code public}, {@code friends} or {@code server}
 * ({@code serverId} set); consumers must not show it beyond that audience. Replies and quotes
 * carry the id and author of the post they answer or quote; {@code mentionedUserIds} are the
 * resolved {@code @username}s, {@code hashtags} lower-case without {@code #}.
 */
public record PostCreated(String postId, String authorId, String content, List<String> mediaIds, String replyToId,
        String replyToAuthorId, String quoteOfId, String quoteOfAuthorId, String serverId, String visibility,
        List<String> mentionedUserIds, List<String> hashtags, Instant createdAt) {
}
