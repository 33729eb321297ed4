package com.xcord.search.query;

import java.util.Set;

/**
 * One search, parsed and checked.
 *
 * @param caller the user searching: every type applies what this user may see inside its query
 * @param text   the words for {@code websearch_to_tsquery} (phrases in quotes, {@code -exclusions}, {@code or});
 *               empty when the query is filters only
 * @param before {@code sort=recent} only: items with a lower id (the previous page's {@code nextCursor})
 * @param limit  items per page
 */
public record SearchQuery(long caller, String text, Filters filters, Set<SearchType> types, Sort sort, Long before,
        int limit) {

    public SearchQuery {
        types = Set.copyOf(types);
    }

    public boolean hasText() {
        return !text.isEmpty();
    }

    /** Rows each type fetches: one more than the page, to know whether another exists. */
    public int fetchSize() {
        return limit + 1;
    }
}
