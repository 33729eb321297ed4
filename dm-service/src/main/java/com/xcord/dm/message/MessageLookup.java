package com.xcord.dm.message;

import com.xcord.servicekit.web.NotFoundException;
import org.springframework.stereotype.Service;

/** What other features read about messages: where one lives and what is unread after a point. */
@Service
public class MessageLookup {

    private final MessageRepository messages;

    MessageLookup(MessageRepository messages) {
        this.messages = messages;
    }

    /** The conversation of a message that exists and is not deleted; 404 otherwise. */
    public long conversationOf(long messageId) {
        return messages.find(messageId).filter(m -> !m.deleted()).map(Message::conversationId)
                .orElseThrow(MessageLookup::notFound);
    }

    /**
     * The one 404 of every request addressed by a message id, whether the message does not exist
     * or lives in a conversation the caller is not part of: its text must not tell them apart.
     */
    public static NotFoundException notFound() {
        return new NotFoundException("message not found");
    }

    /** Others' text messages after {@code after} that {@code reader} has not read. */
    public int countUnread(long conversationId, long after, long reader) {
        return messages.countUnread(conversationId, after, reader);
    }
}
