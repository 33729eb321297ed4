package com.xcord.media.media;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The {@code media} and {@code media_usage} tables. */
@Repository
class MediaRepository {

    private static final TypeReference<List<Variant>> VARIANTS = new TypeReference<>() {
    };
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient db;

    MediaRepository(JdbcClient db) {
        this.db = db;
    }

    /** Inserts or replaces the whole row (a pending upload becomes stored, processing becomes ready). */
    void save(Media m) {
        db.sql("""
                insert into media (id, owner_id, purpose, kind, status, status_reason, content_type, size, filename,
                    width, height, duration_ms, blurhash, description, focus_x, focus_y, variants, created_at,
                    updated_at, ready_at)
                values (:id, :owner, :purpose, :kind, :status, :reason, :type, :size, :filename, :width, :height,
                    :duration, :blurhash, :description, :fx, :fy, cast(:variants as jsonb), :created, :updated, :ready)
                on conflict (id) do update set kind = excluded.kind, status = excluded.status,
                    status_reason = excluded.status_reason, content_type = excluded.content_type, size = excluded.size,
                    width = excluded.width, height = excluded.height, duration_ms = excluded.duration_ms,
                    blurhash = excluded.blurhash, description = excluded.description, focus_x = excluded.focus_x,
                    focus_y = excluded.focus_y, variants = excluded.variants, updated_at = excluded.updated_at,
                    ready_at = excluded.ready_at""")
                .param("id", m.id()).param("owner", m.ownerId()).param("purpose", m.purpose()).param("kind", m.kind())
                .param("status", m.status().apiName()).param("reason", m.statusReason())
                .param("type", m.contentType()).param("size", m.size()).param("filename", m.filename())
                .param("width", m.width()).param("height", m.height()).param("duration", m.durationMs())
                .param("blurhash", m.blurhash()).param("description", m.description())
                .param("fx", m.focusX()).param("fy", m.focusY())
                .param("variants", JSON.writeValueAsString(m.variants()))
                .param("created", Timestamp.from(m.createdAt())).param("updated", Timestamp.from(m.updatedAt()))
                .param("ready", m.readyAt() == null ? null : Timestamp.from(m.readyAt()))
                .update();
    }

    Optional<Media> find(long id) {
        return db.sql("select * from media where id = ?").param(id).query(MediaRepository::row).optional();
    }

    /** Locks the row for a state change (the worker and a delete must not cross). */
    Optional<Media> lock(long id) {
        return db.sql("select * from media where id = ? for update").param(id).query(MediaRepository::row).optional();
    }

    void delete(long id) {
        db.sql("delete from media_usage where media_id = ?").param(id).update();
        db.sql("delete from media where id = ?").param(id).update();
    }

    /** Bytes the owner's media take (failed uploads stored nothing and count nothing). */
    long storageUsedBy(long ownerId) {
        return db.sql("select coalesce(sum(size), 0) from media where owner_id = ? and status <> 'failed'")
                .param(ownerId).query(Long.class).single();
    }

    /** Video/audio uploads waiting for the worker (or whose worker died), claimed so replicas never take the same. */
    List<Media> claimProcessing(int limit, Instant staleBefore) {
        return db.sql("""
                update media set claimed_at = now()
                where id in (select id from media where status = 'processing'
                               and (claimed_at is null or claimed_at < ?)
                             order by id limit ? for update skip locked)
                returning *""")
                .param(Timestamp.from(staleBefore)).param(limit).query(MediaRepository::row).list();
    }

    /**
     * Media no post, message or profile uses: made before {@code cutoff} (never attached in time), released by their
     * last user, or presigned uploads never completed before {@code pendingCutoff}.
     */
    List<Media> orphans(Instant cutoff, Instant pendingCutoff, int limit) {
        return db.sql("""
                select * from media m
                where not exists (select 1 from media_usage u where u.media_id = m.id)
                  and ((m.status <> 'pending' and (m.created_at < :cutoff or m.released_at is not null))
                       or (m.status = 'pending' and m.created_at < :pending))
                  and m.status <> 'processing'
                order by m.id limit :limit""")
                .param("cutoff", Timestamp.from(cutoff)).param("pending", Timestamp.from(pendingCutoff))
                .param("limit", limit).query(MediaRepository::row).list();
    }

    boolean exists(long id) {
        return db.sql("select count(*) from media where id = ?").param(id).query(Long.class).single() > 0;
    }

    // --- usages

    boolean inUse(long mediaId) {
        return db.sql("select count(*) from media_usage where media_id = ?").param(mediaId).query(Long.class).single() > 0;
    }

    /** Replaces what {@code (kind, ref)} uses; media it no longer uses and nothing else uses are marked released. */
    void replaceUsages(String kind, String ref, List<Long> mediaIds, Instant at) {
        List<Long> before = db.sql("delete from media_usage where kind = ? and ref_id = ? returning media_id")
                .param(kind).param(ref).query(Long.class).list();
        for (long id : mediaIds) {
            db.sql("insert into media_usage (media_id, kind, ref_id) values (?, ?, ?) on conflict do nothing")
                    .param(id).param(kind).param(ref).update();
            db.sql("update media set released_at = null where id = ?").param(id).update();
        }
        for (long id : before) {
            if (!mediaIds.contains(id)) {
                db.sql("""
                        update media set released_at = ? where id = ?
                          and not exists (select 1 from media_usage where media_id = ?)""")
                        .param(Timestamp.from(at)).param(id).param(id).update();
            }
        }
    }

    private static Media row(ResultSet rs, int n) throws SQLException {
        return new Media(rs.getLong("id"), rs.getLong("owner_id"), rs.getString("purpose"), rs.getString("kind"),
                MediaStatus.valueOf(rs.getString("status").toUpperCase(java.util.Locale.ROOT)), rs.getString("status_reason"),
                rs.getString("content_type"), rs.getLong("size"), rs.getString("filename"),
                (Integer) rs.getObject("width"), (Integer) rs.getObject("height"), (Long) rs.getObject("duration_ms"),
                rs.getString("blurhash"), rs.getString("description"),
                rs.getObject("focus_x") == null ? null : rs.getFloat("focus_x"),
                rs.getObject("focus_y") == null ? null : rs.getFloat("focus_y"),
                JSON.readValue(rs.getString("variants"), VARIANTS), instant(rs, "created_at"),
                instant(rs, "updated_at"), instant(rs, "ready_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
