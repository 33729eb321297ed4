package com.xcord.notification.support;

import com.xcord.events.auth.AuthEvents;
import com.xcord.events.auth.RelationshipChangedV2;
import com.xcord.events.auth.RelationshipKind;
import com.xcord.events.auth.UserEmailChanged;
import com.xcord.events.auth.UserRegistered;
import com.xcord.events.dm.DmEvents;
import com.xcord.events.dm.DmMessageCreated;
import com.xcord.events.dm.DmMessageCreatedV2;
import com.xcord.events.dm.ReadMarkerMoved;
import com.xcord.events.feed.FeedEvents;
import com.xcord.events.feed.PostDeleted;
import com.xcord.events.feed.PostLiked;
import com.xcord.events.feed.PostMentioned;
import com.xcord.events.feed.PostQuoted;
import com.xcord.events.feed.PostReplied;
import com.xcord.events.feed.PostReposted;
import com.xcord.events.feed.PostUnliked;
import com.xcord.events.feed.PostUnreposted;
import com.xcord.events.live.LiveEvents;
import com.xcord.events.live.StreamStarted;
import com.xcord.events.server.ChannelCreated;
import com.xcord.events.server.ChannelOverwrite;
import com.xcord.events.server.MemberJoined;
import com.xcord.events.server.MemberUpdated;
import com.xcord.events.server.MessageCreated;
import com.xcord.events.server.MessageCreatedV2;
import com.xcord.events.server.MessageDeleted;
import com.xcord.events.server.RoleCreated;
import com.xcord.events.server.ServerCreated;
import com.xcord.events.server.ServerEvents;
import com.xcord.permissions.Permissions;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;

import static org.awaitility.Awaitility.await;

/**
 * Named fixtures: users, relationships, posts, servers, channels, messages, DMs and streams, made by publishing the
 * producers' real events on Kafka — exactly what notification-service sees in production.
 */
public final class World {

    /** Ids unique across the test JVM, far from the service's own snowflakes. */
    private static final AtomicLong NEXT = new AtomicLong(1_000_000L + System.nanoTime() % 1_000_000L * 1_000L);

    private final Producers events;
    private final JdbcClient db;

    World(Producers events, JdbcClient db) {
        this.events = events;
        this.db = db;
    }

    public static long newId() {
        return NEXT.incrementAndGet();
    }

    public Producers events() {
        return events;
    }

    // ---- auth-service ----

    public long user() {
        long id = newId();
        events.publish(AuthEvents.USER_REGISTERED, s(id), new UserRegistered(s(id), "user" + id, "User " + id,
                Instant.now()));
        return id;
    }

    /** A user whose email address notification-service knows (awaited). */
    public long userWithEmail(String email) {
        long id = user();
        events.publish(AuthEvents.USER_EMAIL_CHANGED, s(id), new UserEmailChanged(s(id), email, Instant.now()));
        awaitUntil(() -> db.sql("SELECT count(*) FROM known_user WHERE id = ? AND email IS NOT NULL").params(id)
                .query(Long.class).single() == 1);
        return id;
    }

    public void relationship(long from, long to, RelationshipKind kind, boolean active) {
        events.publish(AuthEvents.RELATIONSHIP_CHANGED_V2, s(from), new RelationshipChangedV2(s(newId()), null, s(from),
                s(to), kind, active, Instant.now()));
    }

    /** {@code blocker} blocks {@code blocked}, awaited in the projection. */
    public void block(long blocker, long blocked) {
        relationship(blocker, blocked, RelationshipKind.BLOCK, true);
        awaitUntil(() -> db.sql("SELECT count(*) FROM user_block WHERE blocker_id = ? AND blocked_id = ? AND active")
                .params(blocker, blocked).query(Long.class).single() == 1);
    }

    /** {@code follower} follows {@code followed}, awaited in the projection. */
    public void follow(long follower, long followed) {
        relationship(follower, followed, RelationshipKind.FOLLOW, true);
        awaitUntil(() -> db.sql("SELECT count(*) FROM user_follow WHERE follower_id = ? AND followed_id = ? AND active")
                .params(follower, followed).query(Long.class).single() == 1);
    }

    // ---- feed-service (keyed by post id) ----

    public long post() {
        return newId();
    }

    public void like(long post, long author, long user) {
        events.publish(FeedEvents.POST_LIKED, s(post), new PostLiked(s(post), s(author), s(user), Instant.now()));
    }

    public void unlike(long post, long author, long user) {
        events.publish(FeedEvents.POST_UNLIKED, s(post), new PostUnliked(s(post), s(author), s(user), Instant.now()));
    }

    public void repost(long post, long author, long user) {
        events.publish(FeedEvents.POST_REPOSTED, s(post), new PostReposted(s(newId()), s(post), s(author), s(user),
                Instant.now()));
    }

    public void unrepost(long post, long author, long user) {
        events.publish(FeedEvents.POST_UNREPOSTED, s(post), new PostUnreposted(s(newId()), s(post), s(author), s(user),
                Instant.now()));
    }

    /** {@code author} replies to {@code parent} (by {@code parentAuthor}); the reply's id. */
    public long reply(long parent, long parentAuthor, long author, String content) {
        long reply = newId();
        events.publish(FeedEvents.POST_REPLIED, s(reply), new PostReplied(s(reply), s(author), s(parent),
                s(parentAuthor), content, "public", null, Instant.now()));
        return reply;
    }

    public long quote(long quoted, long quotedAuthor, long author, String content) {
        long quote = newId();
        events.publish(FeedEvents.POST_QUOTED, s(quote), new PostQuoted(s(quote), s(author), s(quoted),
                s(quotedAuthor), content, "public", null, Instant.now()));
        return quote;
    }

    public void mentionInPost(long post, long author, long mentioned, String content) {
        events.publish(FeedEvents.POST_MENTIONED, s(post), new PostMentioned(s(post), s(author), s(mentioned), content,
                Instant.now()));
    }

    public void deletePost(long post, long author) {
        events.publish(FeedEvents.POST_DELETED, s(post), new PostDeleted(s(post), s(author), Instant.now()));
    }

    // ---- server-service (keyed by server id) ----

    /** A server owned by {@code owner} (a member), with its @everyone role, and one text channel everyone sees. */
    public Guild server(long owner) {
        long server = newId();
        events.publish(ServerEvents.SERVER_CREATED, s(server), new ServerCreated(s(server), s(owner), "guild", null,
                null, Instant.now()));
        events.publish(ServerEvents.ROLE_CREATED, s(server), new RoleCreated(s(server), s(server), "@everyone",
                Permissions.format(Permissions.DEFAULT_EVERYONE), 0, 0, false, Instant.now()));
        Guild guild = new Guild(server, owner);
        guild.join(owner);
        guild.general = guild.channel();
        return guild;
    }

    public final class Guild {

        public final long id;
        public final long owner;
        public long general;

        Guild(long id, long owner) {
            this.id = id;
            this.owner = owner;
        }

        public void join(long user) {
            events.publish(ServerEvents.MEMBER_JOINED, s(id), new MemberJoined(s(id), s(user), null, Instant.now()));
        }

        /** {@code n} new members, joined. */
        public List<Long> members(int n) {
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                long user = newId();
                join(user);
                ids.add(user);
            }
            return ids;
        }

        public long channel(ChannelOverwrite... overwrites) {
            long channel = newId();
            events.publish(ServerEvents.CHANNEL_CREATED, s(id), new ChannelCreated(s(id), s(channel), "text", "chat",
                    null, null, 0, 0, List.of(overwrites), Instant.now()));
            return channel;
        }

        /** A channel {@code hidden} may not view (a member overwrite denying VIEW_CHANNEL). */
        public long channelHiddenFrom(long hidden) {
            return channel(new ChannelOverwrite(s(hidden), "member", "0", Permissions.format(Permissions.VIEW_CHANNEL)));
        }

        public long role() {
            long role = newId();
            events.publish(ServerEvents.ROLE_CREATED, s(id), new RoleCreated(s(id), s(role), "crew", "0", 1, 0, true,
                    Instant.now()));
            return role;
        }

        public void giveRole(long user, long role) {
            events.publish(ServerEvents.MEMBER_UPDATED, s(id), new MemberUpdated(s(id), s(user), null,
                    List.of(s(role)), Instant.now()));
        }

        /** A message (version 1) in the channel mentioning these users; its id. */
        public long message(long channel, long author, String content, List<Long> users) {
            return message(channel, author, content, users, List.of(), false);
        }

        public long message(long channel, long author, String content, List<Long> users, List<Long> roles,
                boolean everyone) {
            long message = newId();
            events.publish(ServerEvents.MESSAGE_CREATED, s(id), new MessageCreated(s(id), s(channel), s(message),
                    s(author), content, strings(users), strings(roles), everyone, List.of(), null, Instant.now()));
            return message;
        }

        /** The same as version 2 (media objects instead of attachment ids), as server-service publishes it now. */
        public long messageV2(long channel, long author, String content, List<Long> users, boolean everyone) {
            long message = newId();
            events.publish(ServerEvents.MESSAGE_CREATED_V2, s(id), new MessageCreatedV2(s(id), s(channel), s(message),
                    s(author), content, strings(users), List.of(), everyone, List.of(), null, Instant.now()));
            return message;
        }

        public void deleteMessage(long channel, long message, long author) {
            events.publish(ServerEvents.MESSAGE_DELETED, s(id), new MessageDeleted(s(id), s(channel), s(message),
                    s(author), s(author), Instant.now()));
        }
    }

    /** Whether every @everyone / role mention fan-out queued so far is done. */
    public boolean fanoutsDone() {
        return db.sql("SELECT count(*) FROM mention_fanout WHERE NOT done").query(Long.class).single() == 0;
    }

    // ---- dm-service (keyed by conversation id) ----

    public long dm(long conversation, long sender, List<Long> participants, String content) {
        long message = newId();
        events.publish(DmEvents.MESSAGE_CREATED, s(conversation), new DmMessageCreated(s(message), s(conversation),
                s(sender), "c" + message, content, List.of(), null, strings(participants), Instant.now()));
        return message;
    }

    public long dmV2(long conversation, long sender, List<Long> participants, String content) {
        long message = newId();
        events.publish(DmEvents.MESSAGE_CREATED_V2, s(conversation), new DmMessageCreatedV2(s(message),
                s(conversation), s(sender), "c" + message, content, List.of(), null, strings(participants),
                Instant.now()));
        return message;
    }

    public void read(long conversation, long reader, long upTo, List<Long> participants) {
        events.publish(DmEvents.READ_MARKER_MOVED, s(conversation), new ReadMarkerMoved(s(conversation), s(reader),
                s(upTo), 0, true, strings(participants), Instant.now()));
    }

    // ---- live-service (keyed by stream id) ----

    public long goLive(long streamer, String title) {
        long stream = newId();
        events.publish(LiveEvents.STREAM_STARTED, s(stream), new StreamStarted(s(stream), s(streamer), title, "games",
                null, Instant.now()));
        return stream;
    }

    static String s(long id) {
        return Long.toString(id);
    }

    static List<String> strings(List<Long> ids) {
        return ids.stream().map(World::s).toList();
    }

    public static void awaitUntil(Callable<Boolean> condition) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20)).until(condition);
    }
}
