package com.xcord.search.conversations;

import com.xcord.search.query.Person;
import com.xcord.search.query.SearchItem;

import java.time.Instant;

/** A direct-message found (type {@code dm}), in a conversation the caller takes part in. */
record DmMessageItem(String type, String id, String conversationId, Person sender, String content, Instant createdAt,
        Instant editedAt, String highlight) implements SearchItem {
}
