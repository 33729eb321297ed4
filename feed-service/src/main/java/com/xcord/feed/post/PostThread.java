package com.xcord.feed.post;

import java.util.List;

/** {@code GET /posts/{id}}: the post and its ancestors, the thread's root first. */
record PostThread(PostView post, List<PostView> ancestors) {
}
