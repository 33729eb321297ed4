package com.xcord.events.media;

/** One stored rendition of a media object: {@code original} or {@code small} (a preview or a video's poster). */
public record MediaVariant(String name, String contentType, Integer width, Integer height) {
}
