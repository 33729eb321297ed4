package com.xcord.live.chat;

import com.xcord.events.live.LiveChatMessageCreated;
import com.xcord.events.live.LiveChatMessageDeleted;
import com.xcord.events.live.LiveEvents;
import com.xcord.servicekit.id.Ids;
import com.xcord.servicekit.outbox.Outbox;
import org.springframework.stereotype.Component;

import java.time.Instant;

/** Publishes the chat facts through the outbox, keyed by stream id (the chat's order is the stream's). */
@Component
class ChatEvents {

    private final Outbox outbox;

    ChatEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    void created(ChatMessage m) {
        outbox.publish(LiveEvents.CHAT_MESSAGE_CREATED, Ids.format(m.streamId()), new LiveChatMessageCreated(
                Ids.format(m.id()), Ids.format(m.streamId()), Ids.format(m.authorId()), m.content(), m.nonce(),
                m.createdAt()));
    }

    void deleted(ChatMessage m, long by, Instant at) {
        outbox.publish(LiveEvents.CHAT_MESSAGE_DELETED, Ids.format(m.streamId()), new LiveChatMessageDeleted(
                Ids.format(m.id()), Ids.format(m.streamId()), Ids.format(by), at));
    }
}
