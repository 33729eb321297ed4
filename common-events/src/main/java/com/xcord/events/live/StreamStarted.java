package com.xcord.events.live;

import java.time.Instant;

public record StreamStarted(String streamId, String userId, String title, String category, String serverId,
        Instant startedAt) {
}
