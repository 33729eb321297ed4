package com.xcord.live.chat;

import com.xcord.servicekit.id.Ids;

import java.time.Instant;

/** A chat message as clients see it, over REST and as LIVE_CHAT_MESSAGE. */
record ChatMessageView(String id, String streamId, String authorId, String content, String nonce, Instant createdAt) {

    static ChatMessageView of(ChatMessage m) {
        return new ChatMessageView(Ids.format(m.id()), Ids.format(m.streamId()), Ids.format(m.authorId()), m.content(),
                m.nonce(), m.createdAt());
    }
}
