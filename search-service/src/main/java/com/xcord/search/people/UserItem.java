package com.xcord.search.people;

import com.xcord.search.query.SearchItem;

/**
 * A user found by name. {@code highlight} is the name shown (display name, else username), HTML-escaped like every
 * highlight; a trigram match has no exact span to mark.
 */
record UserItem(String type, String id, String username, String displayName, String highlight)
        implements SearchItem {
}
