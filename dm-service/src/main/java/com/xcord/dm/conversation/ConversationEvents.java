package com.xcord.dm.conversation;

import com.xcord.dm.conversation.ConversationRef.Kind;
import com.xcord.events.dm.ConversationCreated;
import com.xcord.events.dm.DmEvents;
import com.xcord.servicekit.id.Ids;
import com.xcord.servicekit.outbox.Outbox;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** Publishes a new conversation through the outbox, keyed by conversation id. */
@Component
class ConversationEvents {

    private final Outbox outbox;

    ConversationEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    void created(long conversationId, Kind kind, String name, Long iconMediaId, long ownerId,
            List<Long> participantIds, Instant at) {
        String conversation = Ids.format(conversationId);
        outbox.publish(DmEvents.CONVERSATION_CREATED, conversation, new ConversationCreated(conversation,
                kind.name().toLowerCase(Locale.ROOT), name, Ids.formatNullable(iconMediaId), Ids.format(ownerId),
                participantIds.stream().map(Ids::format).toList(), at));
    }
}
