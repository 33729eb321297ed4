package com.xcord.feed.interaction;

/** What a user did to a post. */
enum Kind {
    LIKE, REPOST, BOOKMARK
}
