package com.xcord.search.query;

import java.util.List;

/**
 * The search of one {@link SearchType}, access control included: it returns only what the caller may see now,
 * decided inside its SQL, never by filtering a page afterwards (a hidden item would leave a short page or a count).
 */
public interface TypeSearcher {

    SearchType type();

    /** The filters this type understands ({@code from}, {@code in}, …); a query using others skips it. */
    List<String> supportedFilters();

    /**
     * At most {@link SearchQuery#fetchSize()} hits: newest first ({@code sort=recent}, ids below
     * {@code before}) or best first ({@code relevance}).
     */
    List<Hit> search(SearchQuery query);
}
