package com.xcord.feed.timeline;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** {@code friends}: people I follow or am friends with, and me; {@code servers}: my servers; {@code all}: both. */
enum FeedFilter {
    ALL, FRIENDS, SERVERS;

    static Optional<FeedFilter> fromWireName(String raw) {
        return Arrays.stream(values()).filter(f -> f.name().toLowerCase(Locale.ROOT).equals(raw)).findFirst();
    }
}
