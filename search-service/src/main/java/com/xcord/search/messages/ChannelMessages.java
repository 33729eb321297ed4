package com.xcord.search.messages;

import com.xcord.search.text.ContentSearch;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** Channel messages in the index: written from server-service's message events, found by {@link MessageSearcher}. */
@Component
public class ChannelMessages {

    private final JdbcClient jdbc;

    ChannelMessages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A message as it now is. An edit older than the stored one changes nothing (redelivery after a newer edit). */
    public void upsert(Indexed message) {
        jdbc.sql("""
                        INSERT INTO channel_message (id, server_id, channel_id, author_id, content, mention_ids, has_flags,
                                                     created_at, edited_at)
                        VALUES (:id, :serverId, :channelId, :authorId, :content, CAST(:mentions AS bigint[]), :hasFlags,
                                :createdAt, :editedAt)
                        ON CONFLICT (id) DO UPDATE
                           SET content = EXCLUDED.content, mention_ids = EXCLUDED.mention_ids,
                               has_flags = EXCLUDED.has_flags, edited_at = EXCLUDED.edited_at
                         WHERE channel_message.edited_at IS NULL
                            OR channel_message.edited_at <= EXCLUDED.edited_at
                        """)
                .param("id", message.id())
                .param("serverId", message.serverId())
                .param("channelId", message.channelId())
                .param("authorId", message.authorId())
                .param("content", message.content() == null ? "" : message.content())
                .param("mentions", ContentSearch.array(message.mentionIds()))
                .param("hasFlags", message.hasFlags())
                .param("createdAt", Timestamp.from(message.createdAt()))
                .param("editedAt", message.editedAt() == null ? null : Timestamp.from(message.editedAt()))
                .update();
    }

    /**
     * A version-1 edit, which carries only the new content and mentions: applied to the stored message (the link
     * bit follows the content, attachments stay as they were).
     */
    public void edit(long id, String content, List<Long> mentionIds, int linkFlag, Instant editedAt) {
        jdbc.sql("""
                        UPDATE channel_message
                           SET content = :content, mention_ids = CAST(:mentions AS bigint[]),
                               has_flags = (has_flags & ~1) | :link, edited_at = :editedAt
                         WHERE id = :id AND (edited_at IS NULL OR edited_at <= :editedAt)
                        """)
                .param("id", id)
                .param("content", content == null ? "" : content)
                .param("mentions", ContentSearch.array(mentionIds))
                .param("link", linkFlag)
                .param("editedAt", Timestamp.from(editedAt))
                .update();
    }

    public void delete(long id) {
        jdbc.sql("DELETE FROM channel_message WHERE id = :id").param("id", id).update();
    }

    /** What the index keeps of a message. */
    public record Indexed(long id, long serverId, long channelId, long authorId, String content, List<Long> mentionIds,
            int hasFlags, Instant createdAt, Instant editedAt) {
    }
}
