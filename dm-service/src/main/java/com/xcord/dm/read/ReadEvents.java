package com.xcord.dm.read;

import com.xcord.dm.conversation.ConversationRef;
import com.xcord.events.dm.DmEvents;
import com.xcord.events.dm.ReadMarkerMoved;
import com.xcord.servicekit.id.Ids;
import com.xcord.servicekit.outbox.Outbox;
import org.springframework.stereotype.Component;

import java.time.Instant;

/** Publishes read-marker moves through the outbox, keyed by conversation id. */
@Component
class ReadEvents {

    private final Outbox outbox;

    ReadEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** {@code visibleToOthers}: the reader's read receipts are on, so the other participants may be told. */
    void markerMoved(ConversationRef conversation, long readerId, long lastReadMessageId, int unreadCount,
            boolean visibleToOthers, Instant at) {
        String id = Ids.format(conversation.id());
        outbox.publish(DmEvents.READ_MARKER_MOVED, id, new ReadMarkerMoved(id, Ids.format(readerId),
                Ids.format(lastReadMessageId), unreadCount, visibleToOthers,
                conversation.participantIds().stream().map(Ids::format).toList(), at));
    }
}
