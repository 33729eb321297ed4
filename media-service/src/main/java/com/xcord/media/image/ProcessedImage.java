package com.xcord.media.image;

import java.util.List;

/**
 * An image made safe to serve: its variants re-encoded (no EXIF, GPS or XMP left), the size of the {@code original}
 * variant and the BlurHash of the {@code small} one.
 */
public record ProcessedImage(int width, int height, String blurhash, List<EncodedVariant> variants) {

    /** One encoded variant: {@code original} or {@code small}. */
    public record EncodedVariant(String name, String contentType, int width, int height, byte[] bytes) {
    }
}
