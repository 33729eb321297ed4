package com.xcord.dm.read;

import com.xcord.dm.conversation.ConversationRef;
import com.xcord.dm.conversation.Participation;
import com.xcord.dm.conversation.ReadPosition;
import com.xcord.dm.directory.Directory;
import com.xcord.dm.message.MessageLookup;
import com.xcord.servicekit.id.Ids;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.Map;

/**
 * Moves read markers (forward only) and answers unread counts.
 *
 * <p>Unread counts are kept per participant and maintained incrementally: a send adds one for
 * everyone behind it, a delete takes it back, so {@code GET /dm/unread} and the conversation
 * list read a stored number. Reading recounts from the marker with an index range on
 * {@code (conversation_id, id)}. To stay exact when a send races a read, the read first locks
 * the reader's participant row and only then counts, in a new statement: a send that updated
 * the row first has committed by then and is counted; a send that comes later waits for the
 * lock and adds one only if its message is after the new marker.
 */
@Service
class ReadMarkers {

    record ReadState(String conversationId, String lastReadMessageId, int unreadCount) {
    }

    private final Participation participation;
    private final MessageLookup messages;
    private final Directory directory;
    private final ReadEvents events;

    ReadMarkers(Participation participation, MessageLookup messages, Directory directory, ReadEvents events) {
        this.participation = participation;
        this.messages = messages;
        this.directory = directory;
        this.events = events;
    }

    @Transactional
    ReadState markRead(long me, long messageId) {
        long conversationId = messages.conversationOf(messageId);
        ReadPosition position = participation.lockReadPosition(conversationId, me)
                .orElseThrow(MessageLookup::notFound);
        if (messageId <= position.lastReadId()) {
            return new ReadState(Ids.format(conversationId), Ids.format(position.lastReadId()),
                    position.unreadCount());
        }
        int unread = messages.countUnread(conversationId, messageId, me);
        participation.moveReadMarker(conversationId, me, messageId, unread);
        ConversationRef conversation = participation.visibleTo(conversationId, me);
        events.markerMoved(conversation, me, messageId, unread, directory.readReceiptsEnabled(me), Instant.now());
        return new ReadState(Ids.format(conversationId), Ids.format(messageId), unread);
    }

    @Transactional(readOnly = true)
    Map<Long, Integer> unread(long me) {
        return participation.unread(me);
    }
}
