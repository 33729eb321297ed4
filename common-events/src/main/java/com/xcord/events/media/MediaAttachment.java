package com.xcord.events.media;

import java.util.List;

/**
 * A ready media object as other services embed it in a message, a post or a profile: everything a client needs
 * to render it, so neither the owning service nor realtime calls media-service to show one. {@code kind} is
 * {@code image}, {@code video}, {@code audio} or {@code file}; {@code variants} lists what
 * {@code GET /media/{id}/content?variant=} serves (the REST object's {@code url}s are built from the id).
 */
public record MediaAttachment(String id, String ownerId, String kind, String contentType, long size, String filename,
        Integer width, Integer height, Long durationMs, String blurhash, String description,
        List<MediaVariant> variants) {
}
