package com.xcord.events.live;

import java.time.Instant;

/** The number of unique viewers of a live stream changed (sampled every few seconds, only when it changes). */
public record ViewerCountChanged(String streamId, int viewerCount, int peakViewers, Instant countedAt) {
}
