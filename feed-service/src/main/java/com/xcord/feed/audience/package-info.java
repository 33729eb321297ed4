/**
 * Who may see what. The feed keeps local projections of other services' facts — known users
 * (for {@code @mention}s and author names), the friend/follow/block graph from auth-service,
 * server membership from server-service — and {@link com.xcord.feed.audience.Visibility}
 * turns them into one SQL predicate that every read and write of the feed applies.
 */
package com.xcord.feed.audience;
