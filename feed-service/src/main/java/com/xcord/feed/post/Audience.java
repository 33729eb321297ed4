package com.xcord.feed.post;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Who may see a post; the wire name is the constant in lower case. */
enum Audience {
    PUBLIC, FRIENDS, SERVER;

    String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<Audience> fromWireName(String raw) {
        return Arrays.stream(values()).filter(a -> a.wireName().equals(raw)).findFirst();
    }
}
