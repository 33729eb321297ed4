package com.xcord.dm.conversation;

import java.util.List;

/**
 * A conversation as the other features see it: its kind, owner and active participants
 * (ordered by join time). {@code direct()} is a 1:1.
 */
public record ConversationRef(long id, Kind kind, String name, Long iconMediaId, long ownerId,
        List<Long> participantIds) {

    public enum Kind { DIRECT, GROUP }

    public ConversationRef {
        participantIds = List.copyOf(participantIds);
    }

    public boolean direct() {
        return kind == Kind.DIRECT;
    }

    public boolean hasParticipant(long userId) {
        return participantIds.contains(userId);
    }

    /** The participants other than {@code userId}. */
    public List<Long> others(long userId) {
        return participantIds.stream().filter(id -> id != userId).toList();
    }
}
