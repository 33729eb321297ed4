package com.xcord.realtime.typing;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.xcord.realtime.protocol.DispatchPayload;
import com.xcord.realtime.protocol.DispatchType;

/**
 * TYPING_START: {@code userId} types in a channel ({@code serverId}, {@code channelId}) or a conversation
 * ({@code conversationId}); the fields of the other kind are left out. Times are epoch milliseconds; the client
 * hides the indicator at {@code expiresAt}.
 */
@DispatchPayload(DispatchType.TYPING_START)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TypingStartView(String userId, String serverId, String channelId, String conversationId, long timestamp,
        long expiresAt) {
}
