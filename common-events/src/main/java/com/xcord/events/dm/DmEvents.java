package com.xcord.events.dm;

import com.xcord.events.EventType;
import com.xcord.events.Topics;

/**
 * Event types published by dm-service on {@link Topics#DM}, keyed by conversation id so that
 * the events of one conversation stay in order. Every payload carries the participant ids,
 * so realtime and notification need no lookup.
 */
public final class DmEvents {

    public static final EventType<ConversationCreated> CONVERSATION_CREATED =
            new EventType<>("dm.conversation.created", 1, Topics.DM, ConversationCreated.class);
    public static final EventType<ConversationUpdated> CONVERSATION_UPDATED =
            new EventType<>("dm.conversation.updated", 1, Topics.DM, ConversationUpdated.class);
    public static final EventType<ParticipantAdded> PARTICIPANT_ADDED =
            new EventType<>("dm.participant.added", 1, Topics.DM, ParticipantAdded.class);
    public static final EventType<ParticipantRemoved> PARTICIPANT_REMOVED =
            new EventType<>("dm.participant.removed", 1, Topics.DM, ParticipantRemoved.class);
    public static final EventType<DmMessageCreated> MESSAGE_CREATED =
            new EventType<>("dm.message.created", 1, Topics.DM, DmMessageCreated.class);
    /** {@code dm.message.created} with attachments as media objects: what dm-service publishes since version 2. */
    public static final EventType<DmMessageCreatedV2> MESSAGE_CREATED_V2 =
            new EventType<>("dm.message.created", 2, Topics.DM, DmMessageCreatedV2.class);
    /** No longer published; kept to read what the topic still holds. */
    public static final EventType<DmMessageUpdated> MESSAGE_UPDATED =
            new EventType<>("dm.message.updated", 1, Topics.DM, DmMessageUpdated.class);
    /** {@code dm.message.updated} with the whole message: what dm-service publishes since version 2. */
    public static final EventType<DmMessageUpdatedV2> MESSAGE_UPDATED_V2 =
            new EventType<>("dm.message.updated", 2, Topics.DM, DmMessageUpdatedV2.class);
    /** {@code dm.message.updated} with attachments as media objects: what dm-service publishes since version 3. */
    public static final EventType<DmMessageUpdatedV3> MESSAGE_UPDATED_V3 =
            new EventType<>("dm.message.updated", 3, Topics.DM, DmMessageUpdatedV3.class);
    public static final EventType<DmMessageDeleted> MESSAGE_DELETED =
            new EventType<>("dm.message.deleted", 1, Topics.DM, DmMessageDeleted.class);
    public static final EventType<ReadMarkerMoved> READ_MARKER_MOVED =
            new EventType<>("dm.read_marker.moved", 1, Topics.DM, ReadMarkerMoved.class);

    private DmEvents() {
    }
}
