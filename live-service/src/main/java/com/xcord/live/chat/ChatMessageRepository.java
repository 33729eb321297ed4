package com.xcord.live.chat;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The {@code chat_message} table; history pages use {@code chat_history_idx (stream_id, id DESC)}. */
@Repository
class ChatMessageRepository {

    private static final String COLUMNS = "id, stream_id, author_id, content, nonce, created_at, deleted_at";

    private final JdbcClient jdbc;

    ChatMessageRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the message; false when its author already sent this nonce in this stream. */
    boolean insert(ChatMessage m) {
        return jdbc.sql("""
                        INSERT INTO chat_message (id, stream_id, author_id, content, nonce, created_at)
                        VALUES (:id, :s, :a, :content, :nonce, :at)
                        ON CONFLICT (stream_id, author_id, nonce) WHERE nonce IS NOT NULL DO NOTHING
                        """)
                .param("id", m.id()).param("s", m.streamId()).param("a", m.authorId()).param("content", m.content())
                .param("nonce", m.nonce()).param("at", Timestamp.from(m.createdAt())).update() == 1;
    }

    Optional<ChatMessage> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM chat_message WHERE id = :id").param("id", id)
                .query(ChatMessageRepository::row).optional();
    }

    Optional<ChatMessage> findByNonce(long streamId, long authorId, String nonce) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM chat_message WHERE stream_id = :s AND author_id = :a AND nonce = :n")
                .param("s", streamId).param("a", authorId).param("n", nonce).query(ChatMessageRepository::row)
                .optional();
    }

    /** When the author last wrote in the stream (slow mode). */
    Optional<Instant> lastMessageAt(long streamId, long authorId) {
        return jdbc.sql("""
                        SELECT created_at FROM chat_message WHERE stream_id = :s AND author_id = :a
                         ORDER BY id DESC LIMIT 1
                        """)
                .param("s", streamId).param("a", authorId)
                .query((rs, n) -> rs.getTimestamp(1).toInstant()).optional();
    }

    /** Serializes one author's sends in one stream until the transaction ends (slow mode cannot be raced). */
    void lockAuthor(long streamId, long authorId) {
        jdbc.sql("SELECT pg_advisory_xact_lock(:k)").param("k", streamId * 31 + authorId).query().singleRow();
    }

    void delete(long id, long by, Instant at) {
        jdbc.sql("UPDATE chat_message SET deleted_at = :at, deleted_by = :by, content = NULL WHERE id = :id")
                .param("at", Timestamp.from(at)).param("by", by).param("id", id).update();
    }

    /** Messages older than {@code before} (or the newest), newest first. */
    List<ChatMessage> before(long streamId, Long before, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM chat_message
                        WHERE stream_id = :s AND deleted_at IS NULL AND (CAST(:before AS bigint) IS NULL OR id < :before)
                        ORDER BY id DESC LIMIT :limit
                        """)
                .param("s", streamId).param("before", before).param("limit", limit)
                .query(ChatMessageRepository::row).list();
    }

    /** Messages newer than {@code after}, oldest first. */
    List<ChatMessage> after(long streamId, long after, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM chat_message
                        WHERE stream_id = :s AND deleted_at IS NULL AND id > :after
                        ORDER BY id LIMIT :limit
                        """)
                .param("s", streamId).param("after", after).param("limit", limit)
                .query(ChatMessageRepository::row).list();
    }

    List<ChatMessage> around(long streamId, long around, int limit) {
        int older = (limit + 1) / 2;
        List<ChatMessage> page = new ArrayList<>(before(streamId, around + 1, older));
        page.addAll(after(streamId, around, limit - older));
        page.sort(Comparator.comparingLong(ChatMessage::id).reversed());
        return page;
    }

    private static ChatMessage row(ResultSet rs, int n) throws SQLException {
        Timestamp deleted = rs.getTimestamp("deleted_at");
        return new ChatMessage(rs.getLong("id"), rs.getLong("stream_id"), rs.getLong("author_id"),
                rs.getString("content"), rs.getString("nonce"), rs.getTimestamp("created_at").toInstant(),
                deleted == null ? null : deleted.toInstant());
    }
}
