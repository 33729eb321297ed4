package com.xcord.feed.post;

import java.util.List;

/**
 * The body of {@code POST /posts}. {@code visibility} is {@code public} (default),
 * {@code friends} or {@code server} (implied by {@code serverId}); a reply takes its thread's.
 */
record PostRequest(String content, String replyToId, String quoteOfId, String serverId, String visibility,
        List<String> mediaIds) {
}
