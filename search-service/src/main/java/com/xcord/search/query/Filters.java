package com.xcord.search.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The operators of a query ({@code from:}, {@code in:}, …), resolved to ids. A list filter keeps items matching any
 * of its values; different filters must all hold. A username nobody has resolves to an id nobody has, so the filter
 * matches nothing rather than being dropped.
 *
 * @param hasMask {@link Has} bits every item must have
 */
public record Filters(List<Long> from, List<Long> in, List<Long> servers, int hasMask, List<Long> mentions,
        Instant before, Instant after, Boolean pinned) {

    public static final Filters NONE = new Filters(List.of(), List.of(), List.of(), 0, List.of(), null, null, null);

    public Filters {
        from = List.copyOf(from);
        in = List.copyOf(in);
        servers = List.copyOf(servers);
        mentions = List.copyOf(mentions);
    }

    public boolean isEmpty() {
        return used().isEmpty();
    }

    /** The operators in use, by name ({@code from}, {@code in}, …): what a type must support to be searched. */
    public List<String> used() {
        List<String> used = new ArrayList<>();
        if (!from.isEmpty()) {
            used.add("from");
        }
        if (!in.isEmpty()) {
            used.add("in");
        }
        if (!servers.isEmpty()) {
            used.add("server");
        }
        if (hasMask != 0) {
            used.add("has");
        }
        if (!mentions.isEmpty()) {
            used.add("mentions");
        }
        if (before != null) {
            used.add("before");
        }
        if (after != null) {
            used.add("after");
        }
        if (pinned != null) {
            used.add("pinned");
        }
        return used;
    }

    /** These filters with {@code in} set to {@code ids}. */
    public Filters withIn(List<Long> ids) {
        return new Filters(from, ids, servers, hasMask, mentions, before, after, pinned);
    }

    /** The {@code has:} values as bits (stored per item in {@code has_flags}). */
    public enum Has {
        LINK(1), FILE(2), IMAGE(4), VIDEO(8);

        private final int bit;

        Has(int bit) {
            this.bit = bit;
        }

        public int bit() {
            return bit;
        }
    }
}
