package com.xcord.dm.message;

import com.xcord.dm.conversation.ConversationRef;
import com.xcord.dm.conversation.Participation;
import com.xcord.dm.directory.Directory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Edits and deletes a user's own messages, under the conversation's lock. */
@Service
class MessageEditing {

    private final MessageRepository messages;
    private final Participation participation;
    private final Directory directory;
    private final MessageEvents events;

    MessageEditing(MessageRepository messages, Participation participation, Directory directory,
            MessageEvents events) {
        this.messages = messages;
        this.participation = participation;
        this.directory = directory;
        this.events = events;
    }

    @Transactional
    MessageView edit(long me, long messageId, String content) {
        Locked locked = lock(me, messageId);
        locked.message.requireEditableBy(me);
        if (locked.conversation.direct()) {
            directory.refuseIfBlocked(me, locked.conversation.others(me));
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        messages.edit(messageId, content, now);
        Message edited = messages.find(messageId).orElseThrow();
        events.updated(locked.conversation, edited);
        return MessageView.of(edited);
    }

    /** Deleting stays possible under a block: nobody is kept from taking back what they wrote. */
    @Transactional
    void delete(long me, long messageId) {
        Locked locked = lock(me, messageId);
        Message message = locked.message;
        message.requireEditableBy(me);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        messages.delete(messageId, now);
        participation.messageRemoved(message.conversationId(), messageId, me, message.countsAsUnread(),
                messages.latestVisible(message.conversationId()).orElse(null));
        events.deleted(locked.conversation, message, now);
    }

    private record Locked(ConversationRef conversation, Message message) {
    }

    /** Locks the message's conversation, then reads the message as it is under that lock. */
    private Locked lock(long me, long messageId) {
        Message found = messages.find(messageId).orElseThrow(MessageLookup::notFound);
        ConversationRef conversation = participation.lockIfParticipant(found.conversationId(), me)
                .orElseThrow(MessageLookup::notFound);
        Message message = messages.find(messageId).filter(m -> !m.deleted()).orElseThrow(MessageLookup::notFound);
        return new Locked(conversation, message);
    }
}
