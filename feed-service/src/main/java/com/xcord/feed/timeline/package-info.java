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
 * <li><b>Reads are one indexed query.</b> The entries are scanned newest first by primary key
 * and filtered by hash semi-joins against the viewer's followed set and server set (both small
 * and read once per query); with a viewer following a few hundred of 10k users, about 1 in 20
 * entries qualifies, so a page of 50 reads about a thousand index rows wherever the cursor is.
 * The {@code (actor_id, id)} and {@code (server_id, id)} indexes serve the sparse case (a
 * viewer following few, quiet accounts), where the planner switches to them.</li>
 * </ul>
 * A hybrid (inboxes for viewers with a huge followed set) would be the next step if the
 * benchmark showed the dense scan too slow; the API would not change.
 *
 * <h2>Stable pages</h2>
 * The cursor is an entry id and each page asks for {@code id < cursor}, newest first: posts
 * that arrive while a client pages get higher ids and never shift later pages, so there are
 * no duplicates or gaps. A repost is its own entry (its id is when it was reposted).
 */
package com.xcord.feed.timeline;
