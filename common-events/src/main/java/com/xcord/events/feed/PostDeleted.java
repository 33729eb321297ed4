package com.xcord.events.feed;

import java.time.Instant;

/** The author deleted a post; replies keep their place under a "post deleted" placeholder. */
public record PostDeleted(String postId, String authorId, Instant deletedAt) {
}
