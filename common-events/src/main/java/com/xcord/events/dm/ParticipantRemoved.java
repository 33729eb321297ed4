package com.xcord.events.dm;

import java.time.Instant;
import java.util.List;

/**
 * {@code userId} left a group ({@code removedBy} = {@code userId}) or was removed by its owner;
 * {@code participantIds} are those who remain, {@code ownerId} the owner afterwards.
 */
public record ParticipantRemoved(String conversationId, String userId, String removedBy, String ownerId,
        String systemMessageId, List<String> participantIds, Instant removedAt) {
}
