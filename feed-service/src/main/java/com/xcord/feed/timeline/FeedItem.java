package com.xcord.feed.timeline;

import com.xcord.feed.post.PostView;

/**
 * One timeline entry: a post ({@code type: post}) or a repost of one ({@code type: repost},
 * with who reposted it). {@code id} is the entry's id, the page cursor.
 */
record FeedItem(String id, String type, PostView.Author repostedBy, PostView post) {
}
