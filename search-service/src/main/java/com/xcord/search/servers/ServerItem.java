package com.xcord.search.servers;

import com.xcord.search.query.SearchItem;

/** A server the caller is a member of, found by name; {@code highlight} is its name, HTML-escaped. */
record ServerItem(String type, String id, String name, String description, String ownerId, String highlight)
        implements SearchItem {
}
