package com.xcord.servicekit.web;

import java.util.List;
import java.util.function.ToLongFunction;

/**
 * A page of a list endpoint: {@code {"items": [...], "nextCursor": "<id>" | null}}.
 *
 * @param nextCursor id to pass as {@code before}/{@code after} for the next page; null on the last page
 */
public record CursorPage<T>(List<T> items, String nextCursor) {

    public CursorPage {
        items = List.copyOf(items);
    }

    /**
     * Builds a page from rows fetched with {@link PageQuery#fetchSize()} (limit + 1): if the
     * extra row is there, it is dropped and the last kept item's id becomes the cursor.
     */
    public static <T> CursorPage<T> of(List<T> rows, int limit, ToLongFunction<? super T> idOf) {
        if (rows.size() <= limit) {
            return new CursorPage<>(rows, null);
        }
        List<T> page = rows.subList(0, limit);
        return new CursorPage<>(page, Long.toString(idOf.applyAsLong(page.get(limit - 1))));
    }

    public static <T> CursorPage<T> last(List<T> items) {
        return new CursorPage<>(items, null);
    }
}
