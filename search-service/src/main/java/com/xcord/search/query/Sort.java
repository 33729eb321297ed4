package com.xcord.search.query;

/** {@code recent}: newest first, paged by id; {@code relevance}: best first among a bounded set of candidates. */
public enum Sort {
    RECENT, RELEVANCE
}
