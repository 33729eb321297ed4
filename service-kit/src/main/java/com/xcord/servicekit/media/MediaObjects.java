package com.xcord.servicekit.media;

import com.xcord.events.media.MediaAttachment;
import com.xcord.servicekit.id.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** The service's {@code media_objects} table: what media-service announced, by media id. */
class MediaObjects {

    /** One row: {@code media} is null when processing failed. */
    record Row(long id, long ownerId, String kind, String status, String purpose, MediaAttachment media) {
    }

    static final String READY = "ready";
    static final String FAILED = "failed";

    private final JdbcClient jdbc;

    MediaObjects(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Ready (media.ready) or changed (media.updated, which names no purpose: the stored one stays). */
    void ready(MediaAttachment media, String purpose, Instant at) {
        jdbc.sql("""
                        INSERT INTO media_objects (id, owner_id, kind, status, purpose, media, changed_at)
                        VALUES (:id, :owner, :kind, 'ready', :purpose, CAST(:media AS JSONB), :at)
                        ON CONFLICT (id) DO UPDATE SET owner_id = EXCLUDED.owner_id, kind = EXCLUDED.kind,
                               status = 'ready', purpose = COALESCE(EXCLUDED.purpose, media_objects.purpose),
                               media = EXCLUDED.media, changed_at = EXCLUDED.changed_at
                        """)
                .param("id", Ids.parse(media.id()))
                .param("owner", Ids.parse(media.ownerId()))
                .param("kind", media.kind())
                .param("purpose", purpose)
                .param("media", MediaJson.writeOne(media))
                .param("at", Timestamp.from(at))
                .update();
    }

    void failed(long id, long ownerId, String kind, Instant at) {
        jdbc.sql("""
                        INSERT INTO media_objects (id, owner_id, kind, status, purpose, media, changed_at)
                        VALUES (:id, :owner, :kind, 'failed', NULL, NULL, :at)
                        ON CONFLICT (id) DO UPDATE SET status = 'failed', media = NULL, changed_at = EXCLUDED.changed_at
                        """)
                .param("id", id)
                .param("owner", ownerId)
                .param("kind", kind == null ? "file" : kind)
                .param("at", Timestamp.from(at))
                .update();
    }

    void delete(long id) {
        jdbc.sql("DELETE FROM media_objects WHERE id = :id").param("id", id).update();
    }

    /** The rows of these ids, in one primary-key lookup; absent ids are simply missing. */
    List<Row> find(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT id, owner_id, kind, status, purpose, media FROM media_objects"
                        + " WHERE id = ANY (CAST(:ids AS BIGINT[]))")
                .param("ids", ids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}")))
                .query((rs, n) -> {
                    String media = rs.getString("media");
                    return new Row(rs.getLong("id"), rs.getLong("owner_id"), rs.getString("kind"),
                            rs.getString("status"), rs.getString("purpose"),
                            media == null ? null : MediaJson.readOne(media));
                })
                .list();
    }
}
