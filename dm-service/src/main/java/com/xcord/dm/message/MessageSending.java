package com.xcord.dm.message;

import com.xcord.dm.conversation.ConversationRef;
import com.xcord.dm.conversation.Participation;
import com.xcord.dm.directory.Directory;
import com.xcord.events.media.MediaAttachment;
import com.xcord.servicekit.id.SnowflakeIds;
import com.xcord.servicekit.media.AttachableMedia;
import com.xcord.servicekit.media.MediaUse;
import com.xcord.servicekit.web.BadRequestException;
import com.xcord.servicekit.web.ConflictException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Sends a message. The sender's {@code clientId} names it: a retry, or a second request
 * racing the first, gets the original back and creates nothing. Within a conversation the
 * conversation lock serializes sends; across conversations the unique
 * {@code (sender_id, client_id)} index decides, and the loser reads the winner's row.
 */
@Service
class MessageSending {

    record Draft(String clientId, String content, List<Long> attachmentIds, Long replyToId) {
    }

    record Sent(MessageView message, boolean created) {
    }

    private final MessageRepository messages;
    private final Participation participation;
    private final Directory directory;
    private final MessageEvents events;
    private final SnowflakeIds ids;
    private final AttachableMedia media;

    MessageSending(MessageRepository messages, Participation participation, Directory directory, MessageEvents events,
            SnowflakeIds ids, AttachableMedia media) {
        this.messages = messages;
        this.participation = participation;
        this.directory = directory;
        this.events = events;
        this.ids = ids;
        this.media = media;
    }

    @Transactional
    Sent send(long sender, long conversationId, Draft draft) {
        ConversationRef conversation = participation.lockForWrite(conversationId, sender);
        List<MediaAttachment> attachments = attachable(sender, conversationId, draft);
        if (attachments == null) {
            return replay(sender, conversationId, draft.clientId());
        }
        Message message = new Message(ids.next(), conversationId, sender, MessageKind.TEXT, draft.clientId(),
                draft.content(), draft.attachmentIds(), attachments, draft.replyToId(), null,
                Instant.now().truncatedTo(ChronoUnit.MICROS), null, null);
        // insert first: the common case costs no lookup; a refusal below rolls the row back
        if (!messages.insert(message)) {
            return replay(sender, conversationId, draft.clientId());
        }
        if (conversation.direct()) {
            directory.refuseIfBlocked(sender, conversation.others(sender));
        }
        if (draft.replyToId() != null) {
            messages.find(draft.replyToId())
                    .filter(m -> m.conversationId() == conversationId && !m.deleted())
                    .orElseThrow(() -> BadRequestException.field("replyToId", "must be a message of this conversation"));
        }
        participation.messageAdded(conversationId, message.id(), sender, true);
        events.created(conversation, message);
        return new Sent(MessageView.of(message), true);
    }

    /**
     * The draft's attachments as media objects (one lookup; none without attachments), or null for a retry of a
     * message whose media has gone since: the original is answered, not a 400.
     */
    private List<MediaAttachment> attachable(long sender, long conversationId, Draft draft) {
        try {
            return media.require(sender, draft.attachmentIds(), MediaUse.ATTACHMENT, "attachments");
        } catch (BadRequestException refused) {
            if (messages.findByClientId(sender, draft.clientId()).isPresent()) {
                return null;
            }
            throw refused;
        }
    }

    /** The sender's earlier message with this clientId (a retry): returned as it is, nothing created. */
    private Sent replay(long sender, long conversationId, String clientId) {
        Message original = messages.findByClientId(sender, clientId).orElseThrow();
        if (original.conversationId() != conversationId) {
            throw new ConflictException("clientId already names a message in another conversation");
        }
        return new Sent(MessageView.of(original), false);
    }
}
