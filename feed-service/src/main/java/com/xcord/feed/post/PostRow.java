package com.xcord.feed.post;

import com.xcord.events.media.MediaAttachment;

import java.time.Instant;
import java.util.List;

/** A row of {@code posts}; never leaves the service (see {@link PostView}). */
record PostRow(long id, long authorId, long ownerId, String content, List<Long> mediaIds,
        List<MediaAttachment> media, Long replyToId, long rootId,
        Long quoteOfId, Audience audience, Long serverId, List<Long> mentionIds, List<String> hashtags,
        long likeCount, long repostCount, Instant createdAt, Instant deletedAt) {

    boolean deleted() {
        return deletedAt != null;
    }
}
