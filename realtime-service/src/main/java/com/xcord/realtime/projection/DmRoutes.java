package com.xcord.realtime.projection;

import com.xcord.events.dm.ConversationCreated;
import com.xcord.events.dm.ConversationUpdated;
import com.xcord.events.dm.DmMessageCreated;
import com.xcord.events.dm.DmMessageDeleted;
import com.xcord.events.dm.DmMessageUpdated;
import com.xcord.events.dm.ParticipantAdded;
import com.xcord.events.dm.ParticipantRemoved;
import com.xcord.events.dm.ReadMarkerMoved;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * dm-service's events go to the payload's {@code participantIds} (dm-service puts the current participants
 * in every event); a removed participant is told too. Read markers reach the others only when the reader's
 * receipts are public.
 */
@Component
class DmRoutes implements EventRoutes {

    private final Projection p;
    private final Delivery delivery;

    DmRoutes(Projection projection, Delivery delivery) {
        this.p = projection;
        this.delivery = delivery;
    }

    @Override
    public void register(RouteTable routes) {
        routes.on(ConversationCreated.class, this::conversationCreated)
                .on(ConversationUpdated.class, this::conversationUpdated)
                .on(ParticipantAdded.class, this::participantAdded)
                .on(ParticipantRemoved.class, this::participantRemoved)
                .on(DmMessageCreated.class, (m, id, live) -> toParticipants(m.participantIds(), "DM_MESSAGE_CREATE", m, id, live))
                .on(DmMessageUpdated.class, (m, id, live) -> toParticipants(m.participantIds(), "DM_MESSAGE_UPDATE", m, id, live))
                .on(DmMessageDeleted.class, (m, id, live) -> toParticipants(m.participantIds(), "DM_MESSAGE_DELETE", m, id, live))
                .on(ReadMarkerMoved.class, this::readMarkerMoved);
    }

    private void conversationCreated(ConversationCreated c, String id, boolean live) {
        p.putConversation(new Projection.Conversation(c.conversationId(), c.kind(), c.name(), c.ownerId(), nn(c.participantIds())));
        toParticipants(c.participantIds(), "DM_CONVERSATION_CREATE", c, id, live);
    }

    private void conversationUpdated(ConversationUpdated c, String id, boolean live) {
        Projection.Conversation old = p.conversation(c.conversationId());
        p.putConversation(new Projection.Conversation(c.conversationId(), old != null ? old.kind() : "group",
                c.name(), old != null ? old.ownerId() : null, nn(c.participantIds())));
        toParticipants(c.participantIds(), "DM_CONVERSATION_UPDATE", c, id, live);
    }

    private void participantAdded(ParticipantAdded a, String id, boolean live) {
        Projection.Conversation old = p.conversation(a.conversationId());
        p.putConversation(new Projection.Conversation(a.conversationId(), old != null ? old.kind() : "group",
                old != null ? old.name() : null, old != null ? old.ownerId() : null, nn(a.participantIds())));
        toParticipants(a.participantIds(), "DM_PARTICIPANT_ADD", a, id, live);
    }

    private void participantRemoved(ParticipantRemoved r, String id, boolean live) {
        Projection.Conversation old = p.conversation(r.conversationId());
        p.putConversation(new Projection.Conversation(r.conversationId(), old != null ? old.kind() : "group",
                old != null ? old.name() : null, r.ownerId(), nn(r.participantIds())));
        if (live) {
            Set<String> to = new LinkedHashSet<>(nn(r.participantIds()));
            to.add(r.userId());
            delivery.toUsers(to, "DM_PARTICIPANT_REMOVE", r, id);
        }
    }

    private void readMarkerMoved(ReadMarkerMoved r, String id, boolean live) {
        if (live) {
            // the reader's own devices always; the others only when read receipts are public
            delivery.toUsers(r.visibleToOthers() ? nn(r.participantIds()) : List.of(r.userId()), "DM_READ", r, id);
            delivery.toUser(r.userId(), "UNREAD_UPDATE", Map.of("conversationId", r.conversationId(),
                    "unreadCount", r.unreadCount(), "lastReadMessageId", r.lastReadMessageId()), id + ":unread");
        }
    }

    private void toParticipants(List<String> participantIds, String type, Object payload, String id, boolean live) {
        if (live) {
            delivery.toUsers(nn(participantIds), type, payload, id);
        }
    }

    private static List<String> nn(List<String> list) {
        return list == null ? List.of() : list;
    }
}
