package com.xcord.events.live;

import java.time.Instant;

/** A live chat message was removed by its author, the streamer or a moderator ({@code deletedBy}). */
public record LiveChatMessageDeleted(String messageId, String streamId, String deletedBy, Instant deletedAt) {
}
