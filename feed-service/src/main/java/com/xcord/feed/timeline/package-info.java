/**
 * Timelines: {@code GET /feed?filter=all|friends|servers} and {@code GET /users/{id}/posts}.
 *
 * <h2>Fan-out on read</h2>
 * Timelines are computed when read, from {@code timeline_entries} (one row per post and per
 * repost, id = snowflake), not pushed into per-follower inboxes when written. Why:
 * <ul>
 * <li><b>Visibility changes constantly</b> — blocks, unfriending, leaving a server — and must
 * hold at once and everywhere. A read-time join against the local graph gets this for free;
 * pushed inboxes would have to be rewritten on every graph change (a block must pull the
 * blocked user's posts out of thousands of inboxes).</li>
 * <li><b>Writes stay O(1).</b> A post is two rows, whatever the author's follower count;
 * there is no celebrity problem and no inbox back-fill when someone follows or joins a
 * server.</li>
 * <li><b>Reads are one statement of bounded cost</b> (see {@code TimelineRepository.feedSql}).
 * People followed: when the viewer follows many, the entries are scanned newest first by
 * primary key and filtered by a hash semi-join against the followed set (with 500 of 10k users
 * followed, about 1 in 20 entries qualifies, so a page reads about a thousand index rows
 * wherever the cursor is); when the viewer follows few, per followed user a backward range
 * scan of {@code (actor_id, id)}, stopped at a page. Servers: per server of the viewer, a
 * backward range scan of {@code (server_id, id)}, stopped at a page. The newest page of the
 * union is the result: no plan sorts more than a few hundred rows or reads a whole history.
 * Measured in {@code feed-service/BENCHMARKS.md}: about 1 ms of SQL per page at 1M posts.</li>
 * </ul>
 * A hybrid (inboxes for viewers with a huge followed set) would be the next step if the
 * primary-key scan became too slow (far more users, so a lower density at the same followed
 * count); the API would not change.
 *
 * <h2>Stable pages</h2>
 * The cursor is an entry id and each page asks for {@code id < cursor}, newest first: posts
 * that arrive while a client pages get higher ids and never shift later pages, so there are
 * no duplicates or gaps. A repost is its own entry (its id is when it was reposted).
 */
package com.xcord.feed.timeline;
