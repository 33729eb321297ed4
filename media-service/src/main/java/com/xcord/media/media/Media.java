package com.xcord.media.media;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A media object: who uploaded it and for what, what it is, where it is in its lifecycle and which variants are
 * stored. Its state changes return a new value; {@link MediaCatalog} stores them.
 */
public record Media(long id, long ownerId, String purpose, String kind, MediaStatus status, String statusReason,
        String contentType, long size, String filename, Integer width, Integer height, Long durationMs,
        String blurhash, String description, Float focusX, Float focusY, List<Variant> variants, Instant createdAt,
        Instant updatedAt, Instant readyAt) {

    public Media {
        variants = List.copyOf(variants);
    }

    /** A presigned upload waiting for its bytes. */
    public static Media pending(long id, long ownerId, String purpose, String kind, String contentType, long size,
            String filename, String description, Instant now) {
        return new Media(id, ownerId, purpose, kind, MediaStatus.PENDING, null, contentType, size, filename, null, null,
                null, null, description, null, null, List.of(), now, now, null);
    }

    /** Bytes stored and examined; {@code status} is ready, or processing for a video the worker will finish. */
    public static Media stored(long id, long ownerId, String purpose, String kind, MediaStatus status, String statusReason,
            String contentType, long size, String filename, Integer width, Integer height, String blurhash,
            String description, List<Variant> variants, Instant createdAt, Instant now) {
        return new Media(id, ownerId, purpose, kind, status, statusReason, contentType, size, filename, width, height,
                null, blurhash, description, null, null, variants, createdAt, now,
                status == MediaStatus.READY ? now : null);
    }

    public static Media failed(long id, long ownerId, String purpose, String kind, String contentType, long size,
            String filename, String reason, Instant createdAt, Instant now) {
        return new Media(id, ownerId, purpose, kind, MediaStatus.FAILED, reason, contentType, size, filename, null, null,
                null, null, null, null, null, List.of(), createdAt, now, null);
    }

    public Media processed(Integer width, Integer height, Long durationMs, String blurhash, List<Variant> variants, Instant now) {
        return new Media(id, ownerId, purpose, kind, MediaStatus.READY, null, contentType, size, filename, width, height,
                durationMs, blurhash, description, focusX, focusY, variants, createdAt, now, now);
    }

    public Media failedProcessing(String reason, Instant now) {
        return new Media(id, ownerId, purpose, kind, MediaStatus.FAILED, reason, contentType, size, filename, width,
                height, durationMs, blurhash, description, focusX, focusY, variants, createdAt, now, null);
    }

    /** Kept as a plain file: video/audio when ffprobe/ffmpeg are not installed. */
    public Media asPlainFile(String reason, List<Variant> variants, Instant now) {
        return new Media(id, ownerId, purpose, "file", MediaStatus.READY, reason, contentType, size, filename, null,
                null, null, null, description, focusX, focusY, variants, createdAt, now, now);
    }

    public Media described(String newDescription, Float newFocusX, Float newFocusY, Instant now) {
        return new Media(id, ownerId, purpose, kind, status, statusReason, contentType, size, filename, width, height,
                durationMs, blurhash, newDescription, newFocusX, newFocusY, variants, createdAt, now, readyAt);
    }

    public Optional<Variant> variant(String name) {
        return variants.stream().filter(v -> v.name().equals(name)).findFirst();
    }

    public boolean isOwnedBy(long userId) {
        return ownerId == userId;
    }
}
