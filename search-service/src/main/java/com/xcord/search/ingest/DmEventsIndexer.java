package com.xcord.search.ingest;

import com.xcord.events.dm.DmEvents;
import com.xcord.search.SearchProperties;
import com.xcord.search.conversations.DmMessages;
import com.xcord.search.text.ContentFlags;
import com.xcord.servicekit.consumer.IdempotentConsumer;
import com.xcord.servicekit.projection.EventProjection;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

import static com.xcord.search.ingest.EventIds.ids;
import static com.xcord.search.ingest.EventIds.kinds;
import static com.xcord.servicekit.id.Ids.parse;

/**
 * dm-service's topic. Every event carries the conversation's participants as they are after it, so each one sets
 * them: a participant removed (or who left) is out of the next search, whichever event says so first. System
 * messages ({@code participant_added}, …) are not indexed: they hold no words anyone searches for.
 */
@Component
class DmEventsIndexer extends EventProjection {

    private final DmMessages dms;
    private final IndexLag lag;

    DmEventsIndexer(IdempotentConsumer once, DmMessages dms, SearchProperties properties, IndexLag lag) {
        super(Consumers.name("dm", properties), once);
        this.dms = dms;
        this.lag = lag;
        on(DmEvents.CONVERSATION_CREATED, c -> dms.participants(parse(c.conversationId()), ids(c.participantIds())));
        on(DmEvents.CONVERSATION_UPDATED, c -> dms.participants(parse(c.conversationId()), ids(c.participantIds())));
        on(DmEvents.PARTICIPANT_ADDED, c -> dms.participants(parse(c.conversationId()), ids(c.participantIds())));
        on(DmEvents.PARTICIPANT_REMOVED, c -> dms.participants(parse(c.conversationId()), ids(c.participantIds())));
        // version 1 names attachments by id only (any is has:file); version 2 embeds them with their kind
        on(DmEvents.MESSAGE_CREATED, m -> created(m.conversationId(), m.messageId(), m.senderId(), m.content(),
                ContentFlags.of(m.content(), m.attachmentIds()), m.participantIds(), m.createdAt()));
        on(DmEvents.MESSAGE_CREATED_V2, m -> created(m.conversationId(), m.messageId(), m.senderId(), m.content(),
                ContentFlags.ofKinds(m.content(), kinds(m.attachments())), m.participantIds(), m.createdAt()));
        on(DmEvents.MESSAGE_UPDATED, m -> dms.edit(parse(m.messageId()), m.content(),
                ContentFlags.of(m.content(), List.of()), m.editedAt()));
        on(DmEvents.MESSAGE_UPDATED_V2, m -> "text".equals(m.type()), m -> dms.upsert(parse(m.messageId()),
                parse(m.conversationId()), parse(m.senderId()), m.content(),
                ContentFlags.of(m.content(), m.attachmentIds()), m.createdAt(), m.editedAt()));
        on(DmEvents.MESSAGE_UPDATED_V3, m -> "text".equals(m.type()), m -> dms.upsert(parse(m.messageId()),
                parse(m.conversationId()), parse(m.senderId()), m.content(),
                ContentFlags.ofKinds(m.content(), kinds(m.attachments())), m.createdAt(), m.editedAt()));
        on(DmEvents.MESSAGE_DELETED, m -> dms.delete(parse(m.messageId())));
    }

    private void created(String conversationId, String messageId, String senderId, String content, int hasFlags,
            List<String> participantIds, Instant createdAt) {
        dms.participants(parse(conversationId), ids(participantIds));
        dms.upsert(parse(messageId), parse(conversationId), parse(senderId), content, hasFlags, createdAt, null);
        lag.indexed("dm", createdAt);
    }
}
