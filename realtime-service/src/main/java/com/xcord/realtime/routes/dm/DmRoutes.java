package com.xcord.realtime.routes.dm;

import static com.xcord.realtime.protocol.DispatchType.DM_CONVERSATION_CREATE;
import static com.xcord.realtime.protocol.DispatchType.DM_CONVERSATION_UPDATE;
import static com.xcord.realtime.protocol.DispatchType.DM_MESSAGE_CREATE;
import static com.xcord.realtime.protocol.DispatchType.DM_MESSAGE_DELETE;
import static com.xcord.realtime.protocol.DispatchType.DM_MESSAGE_UPDATE;
import static com.xcord.realtime.protocol.DispatchType.DM_PARTICIPANT_ADD;
import static com.xcord.realtime.protocol.DispatchType.DM_PARTICIPANT_REMOVE;
import static com.xcord.realtime.protocol.DispatchType.DM_READ;
import static com.xcord.realtime.protocol.DispatchType.UNREAD_UPDATE;
import static com.xcord.realtime.routes.dm.DmViews.nn;

import com.xcord.events.dm.ConversationCreated;
import com.xcord.events.dm.ConversationUpdated;
import com.xcord.events.dm.DmMessageCreated;
import com.xcord.events.dm.DmMessageCreatedV2;
import com.xcord.events.dm.DmMessageDeleted;
import com.xcord.events.dm.DmMessageUpdated;
import com.xcord.events.dm.DmMessageUpdatedV2;
import com.xcord.events.dm.DmMessageUpdatedV3;
import com.xcord.events.dm.ParticipantAdded;
import com.xcord.events.dm.ParticipantRemoved;
import com.xcord.events.dm.ReadMarkerMoved;
import com.xcord.realtime.delivery.Delivery;
import com.xcord.realtime.projection.EventRoutes;
import com.xcord.realtime.projection.Projection;
import com.xcord.realtime.projection.RouteTable;
import com.xcord.realtime.protocol.DispatchType;
import java.util.LinkedHashSet;
import java.util.List;
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
                .on(DmMessageCreated.class, (m, id, live) ->
                        toParticipants(m.participantIds(), DM_MESSAGE_CREATE, DmViews.message(m), id, live))
                .on(DmMessageCreatedV2.class, (m, id, live) ->
                        toParticipants(m.participantIds(), DM_MESSAGE_CREATE, DmViews.message(m), id, live))
                .on(DmMessageUpdated.class, (m, id, live) ->
                        toParticipants(m.participantIds(), DM_MESSAGE_UPDATE, DmViews.message(m), id, live))
                .on(DmMessageUpdatedV2.class, (m, id, live) ->
                        toParticipants(m.participantIds(), DM_MESSAGE_UPDATE, DmViews.message(m), id, live))
                .on(DmMessageUpdatedV3.class, (m, id, live) ->
                        toParticipants(m.participantIds(), DM_MESSAGE_UPDATE, DmViews.message(m), id, live))
                .on(DmMessageDeleted.class, (m, id, live) ->
                        toParticipants(m.participantIds(), DM_MESSAGE_DELETE, DmViews.messageDeleted(m), id, live))
                .on(ReadMarkerMoved.class, this::readMarkerMoved);
    }

    private void conversationCreated(ConversationCreated c, String id, boolean live) {
        Projection.Conversation conversation = new Projection.Conversation(c.conversationId(), c.kind(), c.name(),
                c.iconMediaId(), c.ownerId(), nn(c.participantIds()), c.createdAt());
        p.putConversation(conversation);
        toParticipants(c.participantIds(), DM_CONVERSATION_CREATE, DmViews.conversation(conversation), id, live);
    }

    private void conversationUpdated(ConversationUpdated c, String id, boolean live) {
        Projection.Conversation old = p.conversation(c.conversationId());
        Projection.Conversation conversation = new Projection.Conversation(c.conversationId(), kindOf(old), c.name(),
                c.iconMediaId(), old != null ? old.ownerId() : null, nn(c.participantIds()),
                old != null ? old.createdAt() : null);
        p.putConversation(conversation);
        toParticipants(c.participantIds(), DM_CONVERSATION_UPDATE, DmViews.conversation(conversation), id, live);
    }

    private void participantAdded(ParticipantAdded a, String id, boolean live) {
        Projection.Conversation old = p.conversation(a.conversationId());
        Projection.Conversation conversation = new Projection.Conversation(a.conversationId(), kindOf(old),
                old != null ? old.name() : null, old != null ? old.iconMediaId() : null,
                old != null ? old.ownerId() : null, nn(a.participantIds()), old != null ? old.createdAt() : null);
        p.putConversation(conversation);
        toParticipants(a.participantIds(), DM_PARTICIPANT_ADD, DmViews.participantAdded(a.userId(), conversation), id,
                live);
    }

    private void participantRemoved(ParticipantRemoved r, String id, boolean live) {
        Projection.Conversation old = p.conversation(r.conversationId());
        p.putConversation(new Projection.Conversation(r.conversationId(), kindOf(old), old != null ? old.name() : null,
                old != null ? old.iconMediaId() : null, r.ownerId(), nn(r.participantIds()),
                old != null ? old.createdAt() : null));
        if (live) {
            Set<String> to = new LinkedHashSet<>(nn(r.participantIds()));
            to.add(r.userId());
            delivery.toUsers(to, DM_PARTICIPANT_REMOVE, DmViews.participantRemoved(r.conversationId(), r.userId()), id);
        }
    }

    /** Only groups change after creation; a conversation this replica never saw created is taken for one. */
    private static String kindOf(Projection.Conversation old) {
        return old != null ? old.kind() : "group";
    }

    private void readMarkerMoved(ReadMarkerMoved r, String id, boolean live) {
        if (live) {
            // the reader's own devices always; the others only when read receipts are public
            delivery.toUsers(r.visibleToOthers() ? nn(r.participantIds()) : List.of(r.userId()), DM_READ,
                    DmViews.read(r), id);
            delivery.toUser(r.userId(), UNREAD_UPDATE, DmViews.unread(r), id + ":unread");
        }
    }

    private void toParticipants(List<String> participantIds, DispatchType type, Object view, String id, boolean live) {
        if (live) {
            delivery.toUsers(nn(participantIds), type, view, id);
        }
    }
}
