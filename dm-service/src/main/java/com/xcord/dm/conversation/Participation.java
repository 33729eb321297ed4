package com.xcord.dm.conversation;

import com.xcord.servicekit.web.NotFoundException;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * What other features may do with conversations and participants: check who may see a
 * conversation, serialize writes to it, and keep each participant's read state and unread
 * count in step with messages. Everything here runs in the caller's transaction.
 */
@Service
public class Participation {

    private final ConversationRepository conversations;

    Participation(ConversationRepository conversations) {
        this.conversations = conversations;
    }

    /** The conversation if {@code userId} takes part in it; 404 otherwise (never reveal that it exists). */
    public ConversationRef visibleTo(long conversationId, long userId) {
        return conversations.find(conversationId, false)
                .filter(c -> c.hasParticipant(userId))
                .orElseThrow(Participation::notFound);
    }

    /**
     * Like {@link #visibleTo} but locks the conversation until the transaction ends: writes to
     * one conversation (sends, deletes, membership changes) happen one at a time, so unread
     * counts stay exact and events leave in the order of the changes.
     */
    public ConversationRef lockForWrite(long conversationId, long userId) {
        return lockIfParticipant(conversationId, userId).orElseThrow(Participation::notFound);
    }

    /**
     * {@link #lockForWrite} for callers that address a conversation through something in it (a
     * message): they answer their own 404, so a stranger cannot tell a real id from a made-up one.
     */
    public Optional<ConversationRef> lockIfParticipant(long conversationId, long userId) {
        return conversations.find(conversationId, true).filter(c -> c.hasParticipant(userId));
    }

    public void messageAdded(long conversationId, long messageId, long senderId, boolean countsAsUnread) {
        conversations.messageAdded(conversationId, messageId, senderId, countsAsUnread);
    }

    /** {@code latestLeft}: the conversation's latest message after the removal, if any. */
    public void messageRemoved(long conversationId, long messageId, long senderId, boolean countedAsUnread,
            Long latestLeft) {
        conversations.messageRemoved(conversationId, messageId, senderId, countedAsUnread,
                latestLeft == null ? conversationId : Math.max(latestLeft, conversationId));
    }

    /** Adds (or brings back) a participant who has read everything up to {@code readUpTo}. */
    public void addParticipant(long conversationId, long userId, Instant at, long readUpTo) {
        conversations.upsertParticipant(conversationId, userId, at, readUpTo, Math.max(readUpTo, conversationId));
    }

    public void removeParticipant(long conversationId, long userId) {
        conversations.deactivateParticipant(conversationId, userId);
    }

    /** Sets a group's name and icon (either may be null). */
    public void describe(long conversationId, String name, Long iconMediaId) {
        conversations.describe(conversationId, name, iconMediaId);
    }

    public void changeOwner(long conversationId, long ownerId) {
        conversations.changeOwner(conversationId, ownerId);
    }

    /** Locks the caller's read state in the conversation; empty if they are not a participant. */
    public Optional<ReadPosition> lockReadPosition(long conversationId, long userId) {
        return conversations.lockReadPosition(conversationId, userId);
    }

    public void moveReadMarker(long conversationId, long userId, long lastReadId, int unreadCount) {
        conversations.moveReadMarker(conversationId, userId, lastReadId, unreadCount);
    }

    /** Conversation id → unread count, for the caller's conversations that have unread messages. */
    public Map<Long, Integer> unread(long userId) {
        return conversations.unread(userId);
    }

    private static NotFoundException notFound() {
        return new NotFoundException("conversation not found");
    }
}
