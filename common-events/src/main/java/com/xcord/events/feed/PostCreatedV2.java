package com.xcord.events.feed;

import com.xcord.events.media.MediaAttachment;
import java.time.Instant;
import java.util.List;

/**
 * A post exists, with its media as media objects. Version 2 of {@code post.created}; {@link PostCreated} carried
 * only {@code mediaIds}. Visibility rules as in version 1.
 */
public record PostCreatedV2(String postId, String authorId, String content, List<MediaAttachment> media,
        String replyToId, String replyToAuthorId, String quoteOfId, String quoteOfAuthorId, String serverId,
        String visibility, List<String> mentionedUserIds, List<String> hashtags, Instant createdAt) {
}
