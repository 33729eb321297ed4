/**
 * Posts, replies (threads of any depth), quotes and deletion. A post's audience is fixed when
 * it is written (replies inherit their thread's) and checked through
 * {@link com.xcord.feed.audience.Visibility}. {@link com.xcord.feed.post.PostViews} is the
 * only way a post leaves the service: it assembles a whole page of posts — counts, quoted
 * posts and the viewer's flags — in a constant number of queries.
 */
package com.xcord.feed.post;
