package com.xcord.search.conversations;

import com.xcord.search.text.ContentSearch;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;

/**
 * Conversations in the index: who takes part now (every dm event carries the participant list, so each one resets
 * it) and the messages. dm-service keys its events by conversation, so they arrive in order.
 */
@Component
public class DmMessages {

    private final JdbcClient jdbc;

    DmMessages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The participants as they are now: a user who left or was removed finds nothing of it any more. */
    public void participants(long conversationId, Collection<Long> userIds) {
        jdbc.sql("DELETE FROM dm_participant WHERE conversation_id = :id AND NOT (user_id = ANY(CAST(:users AS bigint[])))")
                .param("id", conversationId)
                .param("users", ContentSearch.array(userIds))
                .update();
        jdbc.sql("""
                        INSERT INTO dm_participant (conversation_id, user_id)
                        SELECT :id, unnest(CAST(:users AS bigint[])) ON CONFLICT DO NOTHING
                        """)
                .param("id", conversationId)
                .param("users", ContentSearch.array(userIds))
                .update();
    }

    public void upsert(long id, long conversationId, long senderId, String content, int hasFlags, Instant createdAt,
            Instant editedAt) {
        jdbc.sql("""
                        INSERT INTO dm_message (id, conversation_id, sender_id, content, has_flags, created_at, edited_at)
                        VALUES (:id, :conversationId, :senderId, :content, :hasFlags, :createdAt, :editedAt)
                        ON CONFLICT (id) DO UPDATE
                           SET content = EXCLUDED.content, has_flags = EXCLUDED.has_flags, edited_at = EXCLUDED.edited_at
                         WHERE dm_message.edited_at IS NULL OR dm_message.edited_at <= EXCLUDED.edited_at
                        """)
                .param("id", id)
                .param("conversationId", conversationId)
                .param("senderId", senderId)
                .param("content", content == null ? "" : content)
                .param("hasFlags", hasFlags)
                .param("createdAt", Timestamp.from(createdAt))
                .param("editedAt", editedAt == null ? null : Timestamp.from(editedAt))
                .update();
    }

    /** A version-1 edit (new content only): the link bit follows the content, attachments stay. */
    public void edit(long id, String content, int linkFlag, Instant editedAt) {
        jdbc.sql("""
                        UPDATE dm_message SET content = :content, has_flags = (has_flags & ~1) | :link, edited_at = :editedAt
                         WHERE id = :id AND (edited_at IS NULL OR edited_at <= :editedAt)
                        """)
                .param("id", id)
                .param("content", content == null ? "" : content)
                .param("link", linkFlag)
                .param("editedAt", Timestamp.from(editedAt))
                .update();
    }

    public void delete(long id) {
        jdbc.sql("DELETE FROM dm_message WHERE id = :id").param("id", id).update();
    }
}
