package com.xcord.events.media;

import java.time.Instant;

/**
 * An upload finished processing and may now be attached. {@code purpose} is what it was uploaded for
 * ({@code attachment}, {@code avatar}, {@code banner}, {@code icon} or {@code emoji}).
 */
public record MediaReady(MediaAttachment media, String purpose, Instant readyAt) {
}
