package com.xcord.search.query;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** What a search can find; {@code type=} names them in lower case ({@code all} is every one). */
public enum SearchType {
    USER, SERVER, POST, MESSAGE, DM;

    /** The {@code type} of the items, as the API writes it. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code user}, …, or {@code all}; empty for anything else. */
    public static Optional<Set<SearchType>> parse(String value) {
        if ("all".equals(value)) {
            return Optional.of(EnumSet.allOf(SearchType.class));
        }
        return Arrays.stream(values()).filter(t -> t.wireName().equals(value)).findFirst().map(EnumSet::of);
    }
}
