package com.xcord.events.live;

import java.time.Instant;

public record StreamEnded(String streamId, String userId, Instant endedAt) {
}
