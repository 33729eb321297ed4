package com.xcord.media.inspect;

import java.util.Locale;

/** What an upload is, as the API names it. */
public enum MediaKind {
    IMAGE, VIDEO, AUDIO, FILE;

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static MediaKind fromApiName(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
