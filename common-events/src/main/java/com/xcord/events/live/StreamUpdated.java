package com.xcord.events.live;

import java.time.Instant;

/** The streamer changed a prepared or live stream: its whole editable state. */
public record StreamUpdated(String streamId, String userId, String title, String category, int slowModeSeconds,
        Instant updatedAt) {
}
