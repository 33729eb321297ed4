package com.xcord.server.message;

import com.xcord.servicekit.media.MediaJson;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The {@code messages} table. Every history query is a range scan of the
 * {@code (channel_id, id DESC)} index with a LIMIT: no sort, no offset.
 */
@Repository
class Messages {

    private static final String COLUMNS = "id, channel_id, server_id, author_id, content, nonce, mention_user_ids,"
            + " mention_role_ids, mention_everyone, attachment_ids, attachments, created_at, edited_at";

    private final JdbcClient jdbc;

    Messages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Message m) {
        jdbc.sql("INSERT INTO messages (" + COLUMNS + ") VALUES (:id, :channel, :server, :author, :content, :nonce,"
                        + " CAST(:users AS BIGINT[]), CAST(:roles AS BIGINT[]), :everyone,"
                        + " CAST(:attachmentIds AS BIGINT[]), CAST(:attachments AS JSONB), :at, NULL)")
                .param("id", m.id())
                .param("channel", m.channelId())
                .param("server", m.serverId())
                .param("author", m.authorId())
                .param("content", m.content())
                .param("nonce", m.nonce())
                .param("users", array(m.mentionUserIds()))
                .param("roles", array(m.mentionRoleIds()))
                .param("everyone", m.mentionEveryone())
                .param("attachmentIds", array(m.attachmentIds()))
                .param("attachments", MediaJson.write(m.attachments()))
                .param("at", Timestamp.from(m.createdAt()))
                .update();
    }

    void update(Message m) {
        jdbc.sql("""
                        UPDATE messages SET content = :content, mention_user_ids = CAST(:users AS BIGINT[]),
                                            mention_role_ids = CAST(:roles AS BIGINT[]), mention_everyone = :everyone,
                                            edited_at = :at
                         WHERE id = :id
                        """)
                .param("id", m.id())
                .param("content", m.content())
                .param("users", array(m.mentionUserIds()))
                .param("roles", array(m.mentionRoleIds()))
                .param("everyone", m.mentionEveryone())
                .param("at", Timestamp.from(m.editedAt()))
                .update();
    }

    void delete(long id) {
        jdbc.sql("DELETE FROM messages WHERE id = :id").param("id", id).update();
    }

    Optional<Message> find(long channelId, long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM messages WHERE id = :id AND channel_id = :channel")
                .param("id", id)
                .param("channel", channelId)
                .query(Messages::message)
                .optional();
    }

    /** The author's message with this nonce in the channel, sent at or after {@code sinceId}. */
    Optional<Message> byNonce(long channelId, long authorId, String nonce, long sinceId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM messages WHERE channel_id = :channel AND author_id = :author"
                        + " AND nonce = :nonce AND id >= :since ORDER BY id DESC LIMIT 1")
                .param("channel", channelId)
                .param("author", authorId)
                .param("nonce", nonce)
                .param("since", sinceId)
                .query(Messages::message)
                .optional();
    }

    /** Serializes sends of one author with one nonce in one channel (a retry racing the original). */
    void lockNonce(long channelId, long authorId, String nonce) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .param("key", "nonce:" + channelId + ":" + authorId + ":" + nonce)
                .query((rs, n) -> 1)
                .single();
    }

    /** Newest first, optionally only older than {@code before}. */
    List<Message> newestFirst(long channelId, Long before, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM messages WHERE channel_id = :channel"
                        + (before == null ? "" : " AND id < :before") + " ORDER BY id DESC LIMIT :limit")
                .param("channel", channelId)
                .param("before", before)
                .param("limit", limit)
                .query(Messages::message)
                .list();
    }

    /** Oldest first, newer than {@code after}. */
    List<Message> oldestFirstAfter(long channelId, long after, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM messages WHERE channel_id = :channel AND id > :after"
                        + " ORDER BY id ASC LIMIT :limit")
                .param("channel", channelId)
                .param("after", after)
                .param("limit", limit)
                .query(Messages::message)
                .list();
    }

    /** Up to {@code limit} messages around {@code id} (it included, if present), newest first. */
    List<Message> around(long channelId, long id, int limit) {
        int newer = (limit + 1) / 2;
        int older = limit - newer;
        List<Message> page = new ArrayList<>(jdbc.sql("SELECT " + COLUMNS + " FROM messages"
                        + " WHERE channel_id = :channel AND id >= :id ORDER BY id ASC LIMIT :limit")
                .param("channel", channelId)
                .param("id", id)
                .param("limit", newer)
                .query(Messages::message)
                .list());
        if (older > 0) {
            page.addAll(newestFirst(channelId, id, older));
        }
        page.sort(Comparator.comparingLong(Message::id).reversed());
        return page;
    }

    /**
     * Slow mode: records a send now unless the author sent less than {@code seconds} ago.
     * Returns empty if the send may go ahead, else when the author may send again. Atomic: two
     * sends racing each other cannot both pass.
     */
    Optional<Instant> claimSlowModeSlot(long channelId, long userId, int seconds, Instant now) {
        int claimed = jdbc.sql("""
                        INSERT INTO slow_mode_state (channel_id, user_id, last_sent) VALUES (:c, :u, :now)
                        ON CONFLICT (channel_id, user_id) DO UPDATE SET last_sent = EXCLUDED.last_sent
                         WHERE slow_mode_state.last_sent <= :threshold
                        """)
                .param("c", channelId)
                .param("u", userId)
                .param("now", Timestamp.from(now))
                .param("threshold", Timestamp.from(now.minusSeconds(seconds)))
                .update();
        if (claimed > 0) {
            return Optional.empty();
        }
        Instant last = jdbc.sql("SELECT last_sent FROM slow_mode_state WHERE channel_id = :c AND user_id = :u")
                .param("c", channelId)
                .param("u", userId)
                .query(Timestamp.class)
                .single()
                .toInstant();
        return Optional.of(last.plusSeconds(seconds));
    }

    private static String array(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }

    private static Message message(ResultSet rs, int n) throws SQLException {
        Timestamp edited = rs.getTimestamp("edited_at");
        return new Message(rs.getLong("id"), rs.getLong("channel_id"), rs.getLong("server_id"), rs.getLong("author_id"),
                rs.getString("content"), rs.getString("nonce"), longs(rs.getArray("mention_user_ids")),
                longs(rs.getArray("mention_role_ids")), rs.getBoolean("mention_everyone"),
                longs(rs.getArray("attachment_ids")), MediaJson.read(rs.getString("attachments")), rs.getTimestamp("created_at").toInstant(),
                edited == null ? null : edited.toInstant());
    }

    private static List<Long> longs(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        List<Long> ids = new ArrayList<>();
        for (Object o : (Object[]) array.getArray()) {
            ids.add(((Number) o).longValue());
        }
        return List.copyOf(ids);
    }
}
