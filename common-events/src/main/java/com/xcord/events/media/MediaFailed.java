package com.xcord.events.media;

import java.time.Instant;

/** Processing an upload failed ({@code reason} is a short machine-readable code); it can never be attached. */
public record MediaFailed(String mediaId, String ownerId, String kind, String reason, Instant failedAt) {
}
