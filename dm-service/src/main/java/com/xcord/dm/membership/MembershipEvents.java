package com.xcord.dm.membership;

import com.xcord.dm.conversation.ConversationRef;
import com.xcord.events.dm.ConversationUpdated;
import com.xcord.events.dm.DmEvents;
import com.xcord.events.dm.ParticipantAdded;
import com.xcord.events.dm.ParticipantRemoved;
import com.xcord.servicekit.id.Ids;
import com.xcord.servicekit.outbox.Outbox;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Publishes a group's membership and description changes through the outbox, keyed by conversation id.
 * Each carries the system message that records it in the history and the participants afterwards.
 */
@Component
class MembershipEvents {

    private final Outbox outbox;

    MembershipEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    void participantAdded(ConversationRef before, long userId, long addedBy, long systemMessageId, Instant at) {
        List<Long> participants = new ArrayList<>(before.participantIds());
        participants.add(userId);
        String conversation = Ids.format(before.id());
        outbox.publish(DmEvents.PARTICIPANT_ADDED, conversation, new ParticipantAdded(conversation,
                Ids.format(userId), Ids.format(addedBy), Ids.format(systemMessageId), strings(participants), at));
    }

    /** {@code userId} left or was removed; the payload names those who remain and the owner afterwards. */
    void participantRemoved(ConversationRef before, long userId, long removedBy, long ownerAfter,
            long systemMessageId, Instant at) {
        String conversation = Ids.format(before.id());
        outbox.publish(DmEvents.PARTICIPANT_REMOVED, conversation, new ParticipantRemoved(conversation,
                Ids.format(userId), Ids.format(removedBy), Ids.format(ownerAfter), Ids.format(systemMessageId),
                strings(before.others(userId)), at));
    }

    /** The group's name and icon as they are now; {@code systemMessageId} null when only the icon changed. */
    void described(ConversationRef conversation, String name, Long iconMediaId, long updatedBy, Long systemMessageId,
            Instant at) {
        String id = Ids.format(conversation.id());
        outbox.publish(DmEvents.CONVERSATION_UPDATED, id, new ConversationUpdated(id, name,
                Ids.formatNullable(iconMediaId), Ids.format(updatedBy), Ids.formatNullable(systemMessageId),
                strings(conversation.participantIds()), at));
    }

    private static List<String> strings(List<Long> ids) {
        return ids.stream().map(Ids::format).toList();
    }
}
