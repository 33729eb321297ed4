package com.xcord.dm.membership;

import com.xcord.dm.DmProperties;
import com.xcord.dm.conversation.ConversationRef;
import com.xcord.dm.conversation.Participation;
import com.xcord.dm.directory.Directory;
import com.xcord.dm.message.MessageKind;
import com.xcord.dm.message.SystemMessages;
import com.xcord.servicekit.media.AttachableMedia;
import com.xcord.servicekit.media.MediaUse;
import com.xcord.servicekit.web.BadRequestException;
import com.xcord.servicekit.web.ConflictException;
import com.xcord.servicekit.web.ForbiddenException;
import com.xcord.servicekit.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * Changes who is in a group and what it is called. The owner (its creator, until they leave)
 * adds and removes people; anyone leaves; any participant renames or changes the icon. Each change writes a system
 * message into the history and one event, under the conversation's lock.
 */
@Service
class Membership {

    private final Participation participation;
    private final SystemMessages systemMessages;
    private final Directory directory;
    private final MembershipEvents events;
    private final DmProperties properties;
    private final AttachableMedia media;

    Membership(Participation participation, SystemMessages systemMessages, Directory directory, MembershipEvents events,
            DmProperties properties, AttachableMedia media) {
        this.media = media;
        this.participation = participation;
        this.systemMessages = systemMessages;
        this.directory = directory;
        this.events = events;
        this.properties = properties;
    }

    @Transactional
    void add(long me, long conversationId, long userId) {
        ConversationRef conversation = groupLockedFor(me, conversationId);
        if (conversation.ownerId() != me) {
            throw new ForbiddenException("only the group's owner adds participants");
        }
        directory.requireKnown(List.of(userId), "userId");
        if (conversation.hasParticipant(userId)) {
            throw new ConflictException("already a participant");
        }
        if (conversation.participantIds().size() + 1 > properties.maxGroupSize()) {
            throw new ConflictException("a group holds at most " + properties.maxGroupSize() + " participants");
        }
        directory.refuseIfBlocked(me, List.of(userId));
        Instant now = now();
        long systemMessage = systemMessages.append(conversationId, me, MessageKind.PARTICIPANT_ADDED, userId, null,
                now);
        participation.addParticipant(conversationId, userId, now, systemMessage);
        events.participantAdded(conversation, userId, me, systemMessage, now);
    }

    /** Leaving ({@code userId} is the caller) or, for the owner, removing someone else. */
    @Transactional
    void remove(long me, long conversationId, long userId) {
        ConversationRef conversation = groupLockedFor(me, conversationId);
        boolean leaving = userId == me;
        if (!leaving && conversation.ownerId() != me) {
            throw new ForbiddenException("only the group's owner removes participants");
        }
        if (!conversation.hasParticipant(userId)) {
            throw new NotFoundException("participant not found");
        }
        Instant now = now();
        participation.removeParticipant(conversationId, userId);
        List<Long> remaining = conversation.others(userId);
        long owner = conversation.ownerId();
        if (owner == userId && !remaining.isEmpty()) {
            // the longest-standing participant inherits the group
            owner = remaining.get(0);
            participation.changeOwner(conversationId, owner);
        }
        long systemMessage = systemMessages.append(conversationId, me,
                leaving ? MessageKind.PARTICIPANT_LEFT : MessageKind.PARTICIPANT_REMOVED, userId, null, now);
        events.participantRemoved(conversation, userId, me, owner, systemMessage, now);
    }

    /**
     * Changes the group's name and/or icon ({@code null} clears). A rename writes a system
     * message; a new icon is an image the caller uploaded (400 otherwise); anything that changed is one {@code dm.conversation.updated}; no change, no event.
     */
    @Transactional
    void describe(long me, long conversationId, GroupChanges changes) {
        ConversationRef conversation = groupLockedFor(me, conversationId);
        String name = changes.nameGiven() ? changes.name() : conversation.name();
        Long icon = changes.iconGiven() ? changes.iconMediaId() : conversation.iconMediaId();
        boolean renamed = !Objects.equals(conversation.name(), name);
        boolean newIcon = !Objects.equals(conversation.iconMediaId(), icon);
        if (!renamed && !newIcon) {
            return;
        }
        if (newIcon && icon != null) {
            // an image the caller uploaded and media-service announced ready
            media.requireOne(me, icon, MediaUse.PICTURE, "iconMediaId");
        }
        Instant now = now();
        participation.describe(conversationId, name, icon);
        Long systemMessage = renamed
                ? systemMessages.append(conversationId, me, MessageKind.CONVERSATION_RENAMED, null, name, now)
                : null;
        events.described(conversation, name, icon, me, systemMessage, now);
    }

    private ConversationRef groupLockedFor(long me, long conversationId) {
        ConversationRef conversation = participation.lockForWrite(conversationId, me);
        if (conversation.direct()) {
            throw new BadRequestException("a 1:1 conversation has no members to change and no name");
        }
        return conversation;
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
