package com.xcord.media.media;

import com.xcord.media.storage.ObjectStorage;
import java.util.ArrayList;
import java.util.List;

/** The storage keys one media object may have: its variants, and the staging object of a presigned upload. */
public final class MediaKeys {

    public static final String UPLOAD = "upload";

    private MediaKeys() {
    }

    public static List<String> all(Media media) {
        List<String> keys = new ArrayList<>();
        keys.add(ObjectStorage.key(media.id(), Variant.ORIGINAL));
        keys.add(ObjectStorage.key(media.id(), Variant.SMALL));
        keys.add(ObjectStorage.key(media.id(), UPLOAD));
        return keys;
    }
}
