package com.xcord.search.support;

import com.xcord.events.dm.ConversationCreated;
import com.xcord.events.dm.DmEvents;
import com.xcord.events.dm.DmMessageCreated;
import com.xcord.events.dm.DmMessageCreatedV2;
import com.xcord.events.media.MediaAttachment;
import com.xcord.events.dm.DmMessageDeleted;
import com.xcord.events.dm.DmMessageUpdatedV2;
import com.xcord.events.dm.DmMessageUpdatedV3;
import com.xcord.events.dm.ParticipantRemoved;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import static com.xcord.servicekit.id.Ids.format;

/** Conversations and their messages, announced on dm-service's topic keyed by conversation. */
public final class Conversations {

    private final Events events;

    Conversations(Events events) {
        this.events = events;
    }

    /** A conversation of these participants (a group if more than two), owned by the first; returns its id. */
    public long open(long... participants) {
        long id = Events.nextId();
        events.apply(DmEvents.CONVERSATION_CREATED, id, new ConversationCreated(format(id),
                participants.length > 2 ? "group" : "direct", null, null, format(participants[0]), ids(participants),
                Instant.now()));
        return id;
    }

    /** {@code sender} writes {@code content}; {@code participants} are those in the conversation now. */
    public long send(long conversation, long sender, String content, long... participants) {
        return send(conversation, sender, content, List.of(), participants);
    }

    public long send(long conversation, long sender, String content, List<String> attachmentIds,
            long... participants) {
        long id = Events.nextId();
        events.apply(DmEvents.MESSAGE_CREATED, conversation, new DmMessageCreated(format(id), format(conversation),
                format(sender), "c-" + id, content, attachmentIds, null, ids(participants), Instant.now()));
        return id;
    }

    /** A message as dm-service publishes it since issue 15 ({@code dm.message.created} v2, media embedded). */
    public long sendWithMedia(long conversation, long sender, String content, List<MediaAttachment> attachments,
            long... participants) {
        long id = Events.nextId();
        events.apply(DmEvents.MESSAGE_CREATED_V2, conversation, new DmMessageCreatedV2(format(id),
                format(conversation), format(sender), "c-" + id, content, attachments, null, ids(participants),
                Instant.now()));
        return id;
    }

    /** An edit as published since issue 15 ({@code dm.message.updated} v3). */
    public void editWithMedia(long conversation, long message, long sender, String content,
            List<MediaAttachment> attachments, long... participants) {
        events.apply(DmEvents.MESSAGE_UPDATED_V3, conversation, new DmMessageUpdatedV3(format(message),
                format(conversation), format(sender), "text", content, attachments, null, null, null,
                ids(participants), Instant.now().minusSeconds(1), Instant.now()));
    }

    public void edit(long conversation, long message, long sender, String content, long... participants) {
        events.apply(DmEvents.MESSAGE_UPDATED_V2, conversation, new DmMessageUpdatedV2(format(message),
                format(conversation), format(sender), "text", content, List.of(), null, null, null, ids(participants),
                Instant.now().minusSeconds(1), Instant.now()));
    }

    public void delete(long conversation, long message, long sender, long... participants) {
        events.apply(DmEvents.MESSAGE_DELETED, conversation, new DmMessageDeleted(format(message),
                format(conversation), format(sender), ids(participants), Instant.now()));
    }

    /** {@code user} leaves; {@code remaining} stay. */
    public void leave(long conversation, long user, long owner, long... remaining) {
        events.apply(DmEvents.PARTICIPANT_REMOVED, conversation, new ParticipantRemoved(format(conversation),
                format(user), format(user), format(owner), null, ids(remaining), Instant.now()));
    }

    private static List<String> ids(long... users) {
        return Arrays.stream(users).mapToObj(Long::toString).toList();
    }
}
