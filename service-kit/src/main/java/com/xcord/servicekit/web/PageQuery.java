package com.xcord.servicekit.web;

/**
 * The paging parameters of a list endpoint ({@code ?limit=&before=&after=&around=}); a
 * controller declares a {@code PageQuery} parameter. At most one cursor is set.
 *
 * @param limit  1..100, default 50
 * @param before only ids lower than this (newest first)
 * @param after  only ids higher than this (oldest first)
 * @param around ids around this one (message histories)
 */
public record PageQuery(int limit, Long before, Long after, Long around) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 100;

    public PageQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw BadRequestException.field("limit", "must be between 1 and " + MAX_LIMIT);
        }
        int cursors = (before != null ? 1 : 0) + (after != null ? 1 : 0) + (around != null ? 1 : 0);
        if (cursors > 1) {
            throw new BadRequestException("Use at most one of before, after and around");
        }
    }

    public static PageQuery first(int limit) {
        return new PageQuery(limit, null, null, null);
    }

    /** Rows to fetch: one more than the limit, to know whether a next page exists. */
    public int fetchSize() {
        return limit + 1;
    }
}
