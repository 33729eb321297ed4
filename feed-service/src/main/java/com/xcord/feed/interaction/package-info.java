/**
 * Likes, reposts and bookmarks. Each is a row keyed by (user, post, kind): doing it twice is a
 * no-op, undoing what is not there is a no-op. The post's row is locked first, then the row is
 * inserted or deleted, and the post's counter moves only when a row really changed — all in one
 * transaction — so counts stay exact under any concurrency. A repost also adds a timeline
 * entry (its id is the repost's id). Bookmarks are private: no events, no counts.
 */
package com.xcord.feed.interaction;
