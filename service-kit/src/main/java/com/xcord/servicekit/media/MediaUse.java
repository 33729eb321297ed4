package com.xcord.servicekit.media;

import java.util.Set;

/** What a media id is attached as, and the kinds that may serve as it. */
public enum MediaUse {

    /** A file in a post, a channel message or a DM: any kind. */
    ATTACHMENT(Set.of("image", "video", "audio", "file")),
    /** A user's avatar, a group's or a server's icon, a profile banner: a picture. */
    PICTURE(Set.of("image"));

    private final Set<String> kinds;

    MediaUse(Set<String> kinds) {
        this.kinds = kinds;
    }

    boolean accepts(String kind) {
        return kinds.contains(kind);
    }
}
