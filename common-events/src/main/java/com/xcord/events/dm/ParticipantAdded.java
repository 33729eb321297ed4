package com.xcord.events.dm;

import java.time.Instant;
import java.util.List;

/** {@code addedBy} added {@code userId} to a group; {@code participantIds} includes the new participant. */
public record ParticipantAdded(String conversationId, String userId, String addedBy, String systemMessageId,
        List<String> participantIds, Instant addedAt) {
}
