package com.xcord.media.media;

/** One stored rendition of a media object ({@code original} or {@code small}), at {@code media/{id}/{name}}. */
public record Variant(String name, String contentType, Integer width, Integer height) {

    public static final String ORIGINAL = "original";
    public static final String SMALL = "small";
}
