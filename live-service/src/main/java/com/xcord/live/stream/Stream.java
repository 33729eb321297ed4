package com.xcord.live.stream;

import com.xcord.servicekit.web.ConflictException;

import java.time.Duration;
import java.time.Instant;

/**
 * A stream: prepared ({@code idle}), broadcasting ({@code live}) while the ingest publishes it, then {@code ended}
 * for good. It owns its transitions and refuses the invalid ones; the ingest fields say which key and which ingest
 * connection published it, so on_update and on_publish_done find it and a rotated key can be told apart.
 */
record Stream(long id, long userId, String title, Long categoryId, StreamStatus status, int slowModeSeconds,
        int viewerCount, int peakViewers, byte[] keyHash, String ingestClient, Instant createdAt, Instant startedAt,
        Instant endedAt, Instant lastIngestAt, String endReason) {

    static Stream prepared(long id, long userId, String title, Long categoryId, Instant at) {
        return new Stream(id, userId, title, categoryId, StreamStatus.IDLE, 0, 0, 0, null, null, at, null, null, null,
                null);
    }

    boolean isLive() {
        return status == StreamStatus.LIVE;
    }

    boolean isOver() {
        return status == StreamStatus.ENDED;
    }

    Stream goLive(byte[] publishedWith, String client, Instant at) {
        if (status != StreamStatus.IDLE) {
            throw new ConflictException("the stream is " + status.wire() + ", not ready to go live");
        }
        return new Stream(id, userId, title, categoryId, StreamStatus.LIVE, slowModeSeconds, 0, 0, publishedWith,
                client, createdAt, at, null, at, null);
    }

    Stream end(String reason, Instant at) {
        if (isOver()) {
            throw new ConflictException("the stream has already ended");
        }
        return new Stream(id, userId, title, categoryId, StreamStatus.ENDED, slowModeSeconds, 0, peakViewers, keyHash,
                ingestClient, createdAt, startedAt, at, lastIngestAt, reason);
    }

    Stream edit(String newTitle, Long newCategoryId, int newSlowModeSeconds) {
        if (isOver()) {
            throw new ConflictException("the stream has ended and can no longer be changed");
        }
        return new Stream(id, userId, newTitle, newCategoryId, status, newSlowModeSeconds, viewerCount, peakViewers,
                keyHash, ingestClient, createdAt, startedAt, endedAt, lastIngestAt, endReason);
    }

    /** How long it was live (0 if it never went live). */
    Duration duration() {
        if (startedAt == null) {
            return Duration.ZERO;
        }
        return Duration.between(startedAt, endedAt != null ? endedAt : Instant.now());
    }
}
