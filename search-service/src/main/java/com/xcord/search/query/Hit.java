package com.xcord.search.query;

/**
 * One match of one type: its id (a snowflake, so ids of different types order by time together), its score for
 * {@code sort=relevance} (0 to 1: {@code ts_rank} or trigram similarity) and the item to show.
 */
public record Hit(long id, double score, SearchItem item) {
}
