package com.xcord.search.messages;

import com.xcord.search.query.Person;
import com.xcord.search.query.SearchItem;

import java.time.Instant;

/** A channel message found: what a client needs to render it and jump to it. */
record MessageItem(String type, String id, String serverId, String channelId, Person author, String content,
        Instant createdAt, Instant editedAt, String highlight) implements SearchItem {
}
