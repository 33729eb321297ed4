package com.xcord.dm.conversation;

import com.xcord.dm.conversation.ConversationRef.Kind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The {@code conversation} and {@code participant} tables. */
@Repository
class ConversationRepository {

    private final JdbcClient jdbc;

    ConversationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts a conversation; for a 1:1 whose pair already has one, inserts nothing and returns false. */
    boolean insert(long id, Kind kind, String name, Long iconMediaId, long ownerId, String directKey, Instant at) {
        return jdbc.sql("""
                        INSERT INTO conversation (id, kind, name, icon_media_id, owner_id, direct_key, created_at)
                        VALUES (:id, :kind, :name, :icon, :owner, :directKey, :at)
                        ON CONFLICT (direct_key) DO NOTHING
                        """)
                .param("id", id).param("kind", kind.name()).param("name", name).param("icon", iconMediaId)
                .param("owner", ownerId)
                .param("directKey", directKey).param("at", Timestamp.from(at))
                .update() == 1;
    }

    Optional<Long> findDirect(String directKey) {
        return jdbc.sql("SELECT id FROM conversation WHERE direct_key = :key").param("key", directKey)
                .query(Long.class).optional();
    }

    /**
     * Adds a participant, or brings back one who left. Joining with the read marker at
     * {@code readUpTo} means the history before joining is not unread.
     */
    void upsertParticipant(long conversationId, long userId, Instant at, long readUpTo, long activityId) {
        jdbc.sql("""
                        INSERT INTO participant (conversation_id, user_id, joined_at, last_read_id, activity_id)
                        VALUES (:c, :u, :at, :read, :activity)
                        ON CONFLICT (conversation_id, user_id) DO UPDATE
                           SET active = true, joined_at = excluded.joined_at, last_read_id = excluded.last_read_id,
                               unread_count = 0, activity_id = excluded.activity_id
                        """)
                .param("c", conversationId).param("u", userId).param("at", Timestamp.from(at))
                .param("read", readUpTo).param("activity", activityId)
                .update();
    }

    void deactivateParticipant(long conversationId, long userId) {
        jdbc.sql("UPDATE participant SET active = false, unread_count = 0 WHERE conversation_id = :c AND user_id = :u")
                .param("c", conversationId).param("u", userId).update();
    }

    /** The conversation and its active participants in one query; {@code lock} locks the conversation row. */
    Optional<ConversationRef> find(long id, boolean lock) {
        List<MemberRow> rows = jdbc.sql("""
                        SELECT c.id, c.kind, c.name, c.icon_media_id, c.owner_id, p.user_id
                          FROM conversation c
                          LEFT JOIN participant p ON p.conversation_id = c.id AND p.active
                         WHERE c.id = :id
                         ORDER BY p.joined_at, p.user_id
                        """ + (lock ? " FOR UPDATE OF c" : ""))
                .param("id", id)
                .query((rs, n) -> new MemberRow(rs.getLong("id"), Kind.valueOf(rs.getString("kind")),
                        rs.getString("name"), nullableLong(rs, "icon_media_id"), rs.getLong("owner_id"),
                        nullableLong(rs, "user_id")))
                .list();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        MemberRow first = rows.get(0);
        List<Long> participants = rows.stream().map(MemberRow::userId).filter(Objects::nonNull).toList();
        return Optional.of(new ConversationRef(first.id, first.kind, first.name, first.iconMediaId, first.ownerId,
                participants));
    }

    /** One row of {@link #find}: the conversation with one of its participants (null when it has none). */
    private record MemberRow(long id, Kind kind, String name, Long iconMediaId, long ownerId, Long userId) {
    }

    void describe(long conversationId, String name, Long iconMediaId) {
        jdbc.sql("UPDATE conversation SET name = :name, icon_media_id = :icon WHERE id = :id")
                .param("name", name).param("icon", iconMediaId).param("id", conversationId).update();
    }

    void changeOwner(long conversationId, long ownerId) {
        jdbc.sql("UPDATE conversation SET owner_id = :o WHERE id = :id").param("o", ownerId).param("id", conversationId)
                .update();
    }

    /**
     * Records a new message: it becomes everyone's latest activity (and so the last message), and
     * one more unread message for each active participant but the sender whose marker is before
     * it. The caller holds the conversation's lock, so sends of one conversation are serialized.
     */
    void messageAdded(long conversationId, long messageId, long senderId, boolean countsAsUnread) {
        jdbc.sql("""
                        UPDATE participant
                           SET activity_id = GREATEST(activity_id, :m),
                               unread_count = unread_count
                                   + CASE WHEN :counts AND user_id <> :sender AND last_read_id < :m THEN 1 ELSE 0 END
                         WHERE conversation_id = :c AND active
                        """)
                .param("m", messageId).param("counts", countsAsUnread).param("sender", senderId)
                .param("c", conversationId).update();
    }

    /**
     * Undoes a deleted message: its unread count for those who had not read it and, if it was
     * the latest, the activity falls back to the latest message left ({@code fallbackActivity}).
     */
    void messageRemoved(long conversationId, long messageId, long senderId, boolean countedAsUnread,
            long fallbackActivity) {
        jdbc.sql("""
                        UPDATE participant
                           SET unread_count = unread_count
                                   - CASE WHEN :counted AND user_id <> :sender AND last_read_id < :m
                                               AND unread_count > 0 THEN 1 ELSE 0 END,
                               activity_id = CASE WHEN activity_id = :m THEN :fallback ELSE activity_id END
                         WHERE conversation_id = :c AND active
                        """)
                .param("counted", countedAsUnread).param("sender", senderId).param("m", messageId)
                .param("fallback", fallbackActivity).param("c", conversationId).update();
    }

    /** Locks the caller's participant row (their read state) until the transaction ends. */
    Optional<ReadPosition> lockReadPosition(long conversationId, long userId) {
        return jdbc.sql("""
                        SELECT last_read_id, unread_count FROM participant
                         WHERE conversation_id = :c AND user_id = :u AND active FOR UPDATE
                        """)
                .param("c", conversationId).param("u", userId)
                .query((rs, n) -> new ReadPosition(rs.getLong("last_read_id"), rs.getInt("unread_count")))
                .optional();
    }

    void moveReadMarker(long conversationId, long userId, long lastReadId, int unreadCount) {
        jdbc.sql("UPDATE participant SET last_read_id = :r, unread_count = :n WHERE conversation_id = :c AND user_id = :u")
                .param("r", lastReadId).param("n", unreadCount).param("c", conversationId).param("u", userId)
                .update();
    }

    /** The caller's conversations with unread messages: conversation id → count. */
    Map<Long, Integer> unread(long userId) {
        Map<Long, Integer> unread = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT conversation_id, unread_count FROM participant
                         WHERE user_id = :u AND active AND unread_count > 0
                         ORDER BY activity_id DESC
                        """)
                .param("u", userId)
                .query(rs -> {
                    unread.put(rs.getLong(1), rs.getInt(2));
                });
        return unread;
    }

    /**
     * One page of the caller's inbox, most recent activity first, with each conversation's
     * last message and the caller's read state: one index range scan on
     * {@code participant_inbox_idx} plus primary-key joins.
     */
    List<InboxRow> inbox(long userId, Long beforeActivity, Long onlyConversation, int limit) {
        return jdbc.sql("""
                        SELECT c.id, c.kind, c.name, c.icon_media_id, c.owner_id, c.created_at,
                               p.activity_id, p.last_read_id, p.unread_count,
                               m.id AS m_id, m.sender_id AS m_sender, m.kind AS m_kind, m.content AS m_content,
                               m.attachment_ids AS m_attachments, m.target_user_id AS m_target,
                               m.created_at AS m_created, m.edited_at AS m_edited
                          FROM participant p
                          JOIN conversation c ON c.id = p.conversation_id
                          LEFT JOIN message m ON m.id = p.activity_id AND m.deleted_at IS NULL
                         WHERE p.user_id = :u AND p.active
                           AND (CAST(:before AS bigint) IS NULL OR p.activity_id < :before)
                           AND (CAST(:only AS bigint) IS NULL OR p.conversation_id = :only)
                         ORDER BY p.activity_id DESC
                         LIMIT :limit
                        """)
                .param("u", userId).param("before", beforeActivity).param("only", onlyConversation)
                .param("limit", limit)
                .query(ConversationRepository::inboxRow)
                .list();
    }

    /** Active participants and their read markers, for many conversations at once. */
    Map<Long, List<Member>> members(Collection<Long> conversationIds) {
        Map<Long, List<Member>> members = new LinkedHashMap<>();
        if (conversationIds.isEmpty()) {
            return members;
        }
        jdbc.sql("""
                        SELECT conversation_id, user_id, last_read_id FROM participant
                         WHERE conversation_id IN (:ids) AND active
                         ORDER BY joined_at, user_id
                        """)
                .param("ids", conversationIds)
                .query(rs -> {
                    members.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Member(rs.getLong(2), rs.getLong(3)));
                });
        return members;
    }

    record Member(long userId, long lastReadId) {
    }

    record InboxRow(long id, Kind kind, String name, Long iconMediaId, long ownerId, Instant createdAt, long activityId,
            long lastReadId, int unreadCount, LastMessage lastMessage) {
    }

    private static InboxRow inboxRow(ResultSet rs, int n) throws SQLException {
        LastMessage last = null;
        long messageId = rs.getLong("m_id");
        if (!rs.wasNull()) {
            Long[] attachments = (Long[]) rs.getArray("m_attachments").getArray();
            Timestamp edited = rs.getTimestamp("m_edited");
            Long target = nullableLong(rs, "m_target");
            last = new LastMessage(Long.toString(messageId), Long.toString(rs.getLong("m_sender")),
                    rs.getString("m_kind").toLowerCase(java.util.Locale.ROOT), rs.getString("m_content"),
                    java.util.Arrays.stream(attachments).map(String::valueOf).toList(),
                    target == null ? null : target.toString(),
                    rs.getTimestamp("m_created").toInstant(), edited == null ? null : edited.toInstant());
        }
        return new InboxRow(rs.getLong("id"), Kind.valueOf(rs.getString("kind")), rs.getString("name"),
                nullableLong(rs, "icon_media_id"), rs.getLong("owner_id"), rs.getTimestamp("created_at").toInstant(), rs.getLong("activity_id"),
                rs.getLong("last_read_id"), rs.getInt("unread_count"), last);
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
