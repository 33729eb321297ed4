package com.xcord.events.media;

import java.time.Instant;

/** A media object and its stored bytes are gone; services drop it from their projections. */
public record MediaDeleted(String mediaId, String ownerId, Instant deletedAt) {
}
