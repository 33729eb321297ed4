package com.xcord.events.live;

import java.time.Instant;

/** A message in a stream's live chat ({@code nonce} as the author sent it, or null). */
public record LiveChatMessageCreated(String messageId, String streamId, String authorId, String content, String nonce,
        Instant createdAt) {
}
