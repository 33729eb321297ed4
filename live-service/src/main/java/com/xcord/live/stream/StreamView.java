package com.xcord.live.stream;

import com.xcord.live.category.Category;

import java.time.Instant;

/**
 * A stream as clients see it (DESIGN §3): {@code playbackUrl} is its HLS playlist while it is live (null
 * otherwise); the URL names the stream's public id, never its key.
 */
record StreamView(String id, String userId, String title, Category category, String status, int slowModeSeconds,
        Instant createdAt, Instant startedAt, Instant endedAt, int viewerCount, int peakViewers, String playbackUrl) {
}
