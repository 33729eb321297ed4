package com.xcord.dm.message;

import com.xcord.dm.conversation.ConversationRef;
import com.xcord.events.dm.DmEvents;
import com.xcord.events.dm.DmMessageCreatedV2;
import com.xcord.events.dm.DmMessageDeleted;
import com.xcord.events.dm.DmMessageUpdatedV3;
import com.xcord.servicekit.id.Ids;
import com.xcord.servicekit.outbox.Outbox;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/** Publishes the message facts through the outbox, keyed by conversation id. */
@Component
class MessageEvents {

    private final Outbox outbox;

    MessageEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** Version 2: the attachments as media objects, so realtime shows them and media-service counts the usage. */
    void created(ConversationRef conversation, Message m) {
        outbox.publish(DmEvents.MESSAGE_CREATED_V2, Ids.format(m.conversationId()), new DmMessageCreatedV2(
                Ids.format(m.id()), Ids.format(m.conversationId()), Ids.format(m.senderId()), m.clientId(),
                m.content(), m.attachments(), Ids.formatNullable(m.replyToId()), participants(conversation),
                m.createdAt()));
    }

    /** The whole edited message, as GET shows it (its view, so the two cannot drift apart); version 3. */
    void updated(ConversationRef conversation, Message edited) {
        MessageView v = MessageView.of(edited);
        outbox.publish(DmEvents.MESSAGE_UPDATED_V3, v.conversationId(), new DmMessageUpdatedV3(v.id(),
                v.conversationId(), v.senderId(), v.type(), v.content(), edited.attachments(), v.replyToId(),
                v.targetUserId(), v.clientId(), participants(conversation), v.createdAt(), v.editedAt()));
    }

    void deleted(ConversationRef conversation, Message m, Instant at) {
        outbox.publish(DmEvents.MESSAGE_DELETED, Ids.format(m.conversationId()), new DmMessageDeleted(
                Ids.format(m.id()), Ids.format(m.conversationId()), Ids.format(m.senderId()),
                participants(conversation), at));
    }

    private static List<String> participants(ConversationRef conversation) {
        return conversation.participantIds().stream().map(Ids::format).toList();
    }
}
