package com.xcord.events.live;

import java.time.Instant;

/** {@code userId}'s stream {@code streamId} ended (the owner ended it or the ingest stopped publishing). */
public record StreamEnded(String streamId, String userId, Instant endedAt) {
}
