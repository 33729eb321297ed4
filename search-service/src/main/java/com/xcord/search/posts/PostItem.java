package com.xcord.search.posts;

import com.xcord.search.query.Person;
import com.xcord.search.query.SearchItem;

import java.time.Instant;

/** A feed post found; {@code serverId} set for a server-only post. */
record PostItem(String type, String id, Person author, String content, String visibility, String serverId,
        Instant createdAt, String highlight) implements SearchItem {
}
