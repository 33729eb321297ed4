package com.xcord.realtime.routes.dm;

import com.xcord.events.dm.DmMessageCreated;
import com.xcord.events.dm.DmMessageCreatedV2;
import com.xcord.events.dm.DmMessageDeleted;
import com.xcord.events.dm.DmMessageUpdated;
import com.xcord.events.dm.DmMessageUpdatedV2;
import com.xcord.events.dm.DmMessageUpdatedV3;
import com.xcord.events.dm.ReadMarkerMoved;
import com.xcord.realtime.projection.Projection;
import com.xcord.realtime.protocol.DispatchPayload;
import com.xcord.realtime.protocol.DispatchType;
import com.xcord.realtime.routes.media.MediaViews;
import com.xcord.realtime.routes.media.MediaViews.MediaObjectView;
import com.xcord.realtime.protocol.UnreadUpdateView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * What clients see of dm-service's events: its REST resources' shapes (dm-service's {@code MessageView},
 * {@code ConversationView}, the items of {@code GET /dm/unread}), mapped from the events and the projection here
 * and nowhere else.
 *
 * <p>A conversation's viewer-specific fields ({@code lastMessage}, {@code unreadCount},
 * {@code lastReadMessageId}, {@code readStates}) are their empty defaults: one conversation view is serialized
 * once for all its participants, and the projection keeps no message history. Clients take them from REST and
 * keep them current with DM_MESSAGE_* and UNREAD_UPDATE.
 */
@Component
public class DmViews {

    /**
     * dm-service's {@code MessageView}; messages created through the API are {@code type: text}; {@code attachments}
     * the media objects, as REST shows them.
     */
    @DispatchPayload({DispatchType.DM_MESSAGE_CREATE, DispatchType.DM_MESSAGE_UPDATE})
    public record DmMessageView(String id, String conversationId, String senderId, String type, String content,
            List<String> attachmentIds, List<MediaObjectView> attachments, String replyToId, String targetUserId,
            String clientId, Instant createdAt, Instant editedAt) {
    }

    @DispatchPayload(DispatchType.DM_MESSAGE_DELETE)
    public record DmMessageDeleteView(String id, String conversationId) {
    }

    /** dm-service's {@code ConversationView} ({@code type} direct or group). */
    @DispatchPayload({DispatchType.DM_CONVERSATION_CREATE, DispatchType.DM_CONVERSATION_UPDATE})
    public record ConversationView(String id, String type, String name, String iconMediaId, String ownerId,
            List<String> participantIds, LastMessageView lastMessage, int unreadCount, String lastReadMessageId,
            List<ReadStateView> readStates, Instant createdAt) {
    }

    /** dm-service's {@code LastMessage} (always null here, see the class doc). */
    public record LastMessageView(String id, String senderId, String type, String content, List<String> attachmentIds,
            String targetUserId, Instant createdAt, Instant editedAt) {
    }

    public record ReadStateView(String userId, String lastReadMessageId) {
    }

    /** Someone joined a group: who, and the conversation as it is now (the newcomer had never seen it). */
    @DispatchPayload(DispatchType.DM_PARTICIPANT_ADD)
    public record ParticipantAddView(String conversationId, String userId, ConversationView conversation) {
    }

    @DispatchPayload(DispatchType.DM_PARTICIPANT_REMOVE)
    public record ParticipantRemoveView(String conversationId, String userId) {
    }

    @DispatchPayload(DispatchType.DM_READ)
    public record ReadView(String conversationId, String userId, String lastReadMessageId) {
    }

    static final String TEXT = "text";

    private final Projection projection;

    DmViews(Projection projection) {
        this.projection = projection;
    }

    static ConversationView conversation(Projection.Conversation c) {
        return new ConversationView(c.id(), c.kind(), c.name(), c.iconMediaId(), c.ownerId(), c.participantIds(), null,
                0, null, List.of(), c.createdAt());
    }

    /** READY's {@code conversations}: every conversation the user takes part in. */
    public List<ConversationView> conversationsOf(String userId) {
        List<ConversationView> list = new ArrayList<>();
        for (String id : projection.conversationIdsOf(userId)) {
            Projection.Conversation c = projection.conversation(id);
            if (c != null) {
                list.add(conversation(c));
            }
        }
        return list;
    }

    /** {@code dm.message.created} version 1 (still on the topic, no longer published): attachment ids only. */
    static DmMessageView message(DmMessageCreated m) {
        return new DmMessageView(m.messageId(), m.conversationId(), m.senderId(), TEXT, m.content(),
                nn(m.attachmentIds()), List.of(), m.replyToId(), null, m.clientId(), m.createdAt(), null);
    }

    /** {@code dm.message.created} version 2: the attachments as media objects. */
    static DmMessageView message(DmMessageCreatedV2 m) {
        return new DmMessageView(m.messageId(), m.conversationId(), m.senderId(), TEXT, m.content(),
                MediaViews.ids(m.attachments()), MediaViews.of(m.attachments()), m.replyToId(), null, m.clientId(),
                m.createdAt(), null);
    }

    /**
     * {@code dm.message.updated} version 1 (still on the topic, no longer published) carries the new content only:
     * attachments, reply, clientId and creation time are REST defaults. Only text messages can be edited.
     */
    static DmMessageView message(DmMessageUpdated m) {
        return new DmMessageView(m.messageId(), m.conversationId(), m.senderId(), TEXT, m.content(), List.of(), List.of(),
                null, null, null, null, m.editedAt());
    }

    /** {@code dm.message.updated} version 2 (no longer published): the whole edited message, attachment ids only. */
    static DmMessageView message(DmMessageUpdatedV2 m) {
        return new DmMessageView(m.messageId(), m.conversationId(), m.senderId(), m.type(), m.content(),
                nn(m.attachmentIds()), List.of(), m.replyToId(), m.targetUserId(), m.clientId(), m.createdAt(),
                m.editedAt());
    }

    /** {@code dm.message.updated} version 3: the whole edited message, attachments as media objects. */
    static DmMessageView message(DmMessageUpdatedV3 m) {
        return new DmMessageView(m.messageId(), m.conversationId(), m.senderId(), m.type(), m.content(),
                MediaViews.ids(m.attachments()), MediaViews.of(m.attachments()), m.replyToId(), m.targetUserId(),
                m.clientId(), m.createdAt(), m.editedAt());
    }

    static DmMessageDeleteView messageDeleted(DmMessageDeleted m) {
        return new DmMessageDeleteView(m.messageId(), m.conversationId());
    }

    static ParticipantAddView participantAdded(String userId, Projection.Conversation c) {
        return new ParticipantAddView(c.id(), userId, conversation(c));
    }

    static ParticipantRemoveView participantRemoved(String conversationId, String userId) {
        return new ParticipantRemoveView(conversationId, userId);
    }

    static ReadView read(ReadMarkerMoved r) {
        return new ReadView(r.conversationId(), r.userId(), r.lastReadMessageId());
    }

    /** An item of {@code GET /dm/unread}'s {@code conversations} (UNREAD_UPDATE's view is shared with notifications). */
    static UnreadUpdateView unread(ReadMarkerMoved r) {
        return UnreadUpdateView.ofConversation(r.conversationId(), r.unreadCount());
    }

    static List<String> nn(List<String> list) {
        return list == null ? List.of() : list;
    }
}
