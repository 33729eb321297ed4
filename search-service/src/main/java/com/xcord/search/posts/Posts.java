package com.xcord.search.posts;

import com.xcord.search.text.ContentSearch;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** Feed posts in the index with their audience (feed-service's events; posts are never edited). */
@Component
public class Posts {

    private final JdbcClient jdbc;

    Posts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(long id, long authorId, String content, String visibility, Long serverId, List<Long> mentionIds,
            int hasFlags, Instant createdAt) {
        jdbc.sql("""
                        INSERT INTO post (id, author_id, content, visibility, server_id, mention_ids, has_flags, created_at)
                        VALUES (:id, :authorId, :content, :visibility, :serverId, CAST(:mentions AS bigint[]), :hasFlags,
                                :createdAt)
                        ON CONFLICT (id) DO NOTHING
                        """)
                .param("id", id)
                .param("authorId", authorId)
                .param("content", content == null ? "" : content)
                .param("visibility", visibility)
                .param("serverId", serverId)
                .param("mentions", ContentSearch.array(mentionIds))
                .param("hasFlags", hasFlags)
                .param("createdAt", Timestamp.from(createdAt))
                .update();
    }

    public void delete(long id) {
        jdbc.sql("DELETE FROM post WHERE id = :id").param("id", id).update();
    }
}
