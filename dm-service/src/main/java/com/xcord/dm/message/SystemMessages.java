package com.xcord.dm.message;

import com.xcord.dm.conversation.Participation;
import com.xcord.servicekit.id.SnowflakeIds;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.List;

/**
 * Writes the system messages that record membership changes and renames in the history.
 * They are activity (they move the conversation up the list) but never unread.
 */
@Service
public class SystemMessages {

    private final MessageRepository messages;
    private final Participation participation;
    private final SnowflakeIds ids;

    SystemMessages(MessageRepository messages, Participation participation, SnowflakeIds ids) {
        this.messages = messages;
        this.participation = participation;
        this.ids = ids;
    }

    /** Appends a system message by {@code actor} about {@code targetUserId}; returns its id. Run under the conversation lock. */
    public long append(long conversationId, long actor, MessageKind kind, Long targetUserId, String content,
            Instant at) {
        Message message = new Message(ids.next(), conversationId, actor, kind, null, content, List.of(), List.of(), null,
                targetUserId, at, null, null);
        messages.insert(message);
        participation.messageAdded(conversationId, message.id(), actor, false);
        return message.id();
    }
}
