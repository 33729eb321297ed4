package com.xcord.live.chat;

import java.time.Instant;

/** One message of a stream's live chat; a deleted one keeps its row (its nonce keeps answering retries). */
record ChatMessage(long id, long streamId, long authorId, String content, String nonce, Instant createdAt,
        Instant deletedAt) {

    boolean deleted() {
        return deletedAt != null;
    }
}
