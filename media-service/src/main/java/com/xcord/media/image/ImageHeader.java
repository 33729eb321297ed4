package com.xcord.media.image;

/** What an image's header says, read without decoding a pixel. */
public record ImageHeader(String format, int width, int height) {

    public long pixels() {
        return (long) width * height;
    }
}
