package com.xcord.events.media;

import java.time.Instant;

/** The owner changed what describes a ready media object (alt text, focus): the whole object as it now is. */
public record MediaUpdated(MediaAttachment media, Instant updatedAt) {
}
