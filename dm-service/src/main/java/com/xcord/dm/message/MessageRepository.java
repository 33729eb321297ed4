package com.xcord.dm.message;

import com.xcord.servicekit.media.MediaJson;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The {@code message} table. History and unread ranges use {@code message_history_idx (conversation_id, id DESC)}. */
@Repository
class MessageRepository {

    private static final String COLUMNS = """
            id, conversation_id, sender_id, kind, client_id, content, attachment_ids, attachments, reply_to_id,
            target_user_id,
            created_at, edited_at, deleted_at
            """;

    private final JdbcClient jdbc;

    MessageRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the message; false when the sender already has a message with this clientId. */
    boolean insert(Message m) {
        return jdbc.sql("""
                        INSERT INTO message (id, conversation_id, sender_id, kind, client_id, content, attachment_ids,
                                             attachments, reply_to_id, target_user_id, created_at)
                        VALUES (:id, :c, :sender, :kind, :clientId, :content, :attachmentIds,
                                CAST(:attachments AS jsonb), :replyTo, :target, :at)
                        ON CONFLICT (sender_id, client_id) WHERE client_id IS NOT NULL DO NOTHING
                        """)
                .param("id", m.id()).param("c", m.conversationId()).param("sender", m.senderId())
                .param("kind", m.kind().name()).param("clientId", m.clientId()).param("content", m.content())
                .param("attachmentIds", m.attachmentIds().toArray(Long[]::new))
                .param("attachments", MediaJson.write(m.attachments())).param("replyTo", m.replyToId())
                .param("target", m.targetUserId()).param("at", Timestamp.from(m.createdAt()))
                .update() == 1;
    }

    Optional<Message> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM message WHERE id = :id").param("id", id)
                .query(MessageRepository::message).optional();
    }

    Optional<Message> findByClientId(long senderId, String clientId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM message WHERE sender_id = :s AND client_id = :c")
                .param("s", senderId).param("c", clientId).query(MessageRepository::message).optional();
    }

    void edit(long id, String content, Instant at) {
        jdbc.sql("UPDATE message SET content = :content, edited_at = :at WHERE id = :id")
                .param("content", content).param("at", Timestamp.from(at)).param("id", id).update();
    }

    /** Soft delete: the row stays (its clientId keeps answering retries) but its content goes. */
    void delete(long id, Instant at) {
        jdbc.sql("UPDATE message SET deleted_at = :at, content = NULL, attachment_ids = '{}', attachments = '[]'"
                        + " WHERE id = :id")
                .param("at", Timestamp.from(at)).param("id", id).update();
    }

    Optional<Long> latestVisible(long conversationId) {
        return jdbc.sql("""
                        SELECT id FROM message WHERE conversation_id = :c AND deleted_at IS NULL
                         ORDER BY id DESC LIMIT 1
                        """)
                .param("c", conversationId).query(Long.class).optional();
    }

    /** Messages older than {@code before} (or the newest when null), newest first. */
    List<Message> before(long conversationId, Long before, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM message
                        WHERE conversation_id = :c AND deleted_at IS NULL
                          AND (CAST(:before AS bigint) IS NULL OR id < :before)
                        ORDER BY id DESC
                        LIMIT :limit
                        """)
                .param("c", conversationId).param("before", before).param("limit", limit)
                .query(MessageRepository::message).list();
    }

    /** Messages newer than {@code after}, oldest first. */
    List<Message> after(long conversationId, long after, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM message
                        WHERE conversation_id = :c AND deleted_at IS NULL AND id > :after
                        ORDER BY id
                        LIMIT :limit
                        """)
                .param("c", conversationId).param("after", after).param("limit", limit)
                .query(MessageRepository::message).list();
    }

    /** Up to {@code limit} messages centred on {@code around} (included when present), newest first. */
    List<Message> around(long conversationId, long around, int limit) {
        int older = (limit + 1) / 2;
        List<Message> page = new ArrayList<>(before(conversationId, around + 1, older));
        page.addAll(after(conversationId, around, limit - older));
        page.sort(Comparator.comparingLong(Message::id).reversed());
        return page;
    }

    /**
     * How many messages after {@code after} are unread for {@code reader}: others' text, not
     * deleted. An index range of {@code message_history_idx}, as long as what is unread.
     */
    int countUnread(long conversationId, long after, long reader) {
        return jdbc.sql("""
                        SELECT count(*) FROM message
                         WHERE conversation_id = :c AND id > :after AND sender_id <> :reader
                           AND kind = 'TEXT' AND deleted_at IS NULL
                        """)
                .param("c", conversationId).param("after", after).param("reader", reader)
                .query(Integer.class).single();
    }

    private static Message message(ResultSet rs, int n) throws SQLException {
        Long[] attachments = (Long[]) rs.getArray("attachment_ids").getArray();
        return new Message(rs.getLong("id"), rs.getLong("conversation_id"), rs.getLong("sender_id"),
                MessageKind.valueOf(rs.getString("kind")), rs.getString("client_id"), rs.getString("content"),
                Arrays.asList(attachments), MediaJson.read(rs.getString("attachments")), nullableLong(rs, "reply_to_id"), nullableLong(rs, "target_user_id"),
                rs.getTimestamp("created_at").toInstant(), instant(rs, "edited_at"), instant(rs, "deleted_at"));
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
