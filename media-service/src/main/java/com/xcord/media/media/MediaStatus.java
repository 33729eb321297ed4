package com.xcord.media.media;

import java.util.Locale;

/** Where an upload is: {@code pending} (presigned, bytes not yet in storage) → {@code processing} → {@code ready} | {@code failed}. */
public enum MediaStatus {
    PENDING, PROCESSING, READY, FAILED;

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
