package com.xcord.live.stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The {@code stream} table. */
@Repository
class StreamRepository {

    private static final String COLUMNS = """
            id, user_id, title, category_id, status, slow_mode_seconds, viewer_count, peak_viewers, key_hash,
            ingest_client, created_at, started_at, ended_at, last_ingest_at, end_reason
            """;

    private final JdbcClient jdbc;

    StreamRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts a prepared stream; false when the user already has one that is not over (unique index). */
    boolean insert(Stream s) {
        return jdbc.sql("""
                        INSERT INTO stream (id, user_id, title, category_id, status, slow_mode_seconds, created_at)
                        VALUES (:id, :u, :title, :cat, :status, :slow, :at)
                        ON CONFLICT (user_id) WHERE status <> 'ended' DO NOTHING
                        """)
                .param("id", s.id()).param("u", s.userId()).param("title", s.title()).param("cat", s.categoryId())
                .param("status", s.status().wire()).param("slow", s.slowModeSeconds())
                .param("at", Timestamp.from(s.createdAt())).update() == 1;
    }

    /**
     * Writes the aggregate back. The viewer count of a live stream belongs to the sampler ({@link #countViewers}):
     * a row read before a sample and saved after it (an {@code on_update}, a PATCH) must not put back the old count,
     * nor ever lower the peak.
     */
    void update(Stream s) {
        jdbc.sql("""
                        UPDATE stream SET title = :title, category_id = :cat, status = :status,
                               slow_mode_seconds = :slow,
                               viewer_count = CASE WHEN :status = 'live' THEN viewer_count ELSE :viewers END,
                               peak_viewers = GREATEST(peak_viewers, :peak),
                               key_hash = :hash, ingest_client = :client, started_at = :started, ended_at = :ended,
                               last_ingest_at = :lastIngest, end_reason = :reason
                         WHERE id = :id
                        """)
                .param("title", s.title()).param("cat", s.categoryId()).param("status", s.status().wire())
                .param("slow", s.slowModeSeconds()).param("viewers", s.viewerCount()).param("peak", s.peakViewers())
                .param("hash", s.keyHash()).param("client", s.ingestClient()).param("started", ts(s.startedAt()))
                .param("ended", ts(s.endedAt())).param("lastIngest", ts(s.lastIngestAt()))
                .param("reason", s.endReason()).param("id", s.id()).update();
    }

    Optional<Stream> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM stream WHERE id = :id").param("id", id)
                .query(StreamRepository::row).optional();
    }

    Optional<Stream> lock(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM stream WHERE id = :id FOR UPDATE").param("id", id)
                .query(StreamRepository::row).optional();
    }

    /** The user's stream that is not over (prepared or live), locked. */
    Optional<Stream> lockOpen(long userId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM stream WHERE user_id = :u AND status <> 'ended' FOR UPDATE")
                .param("u", userId).query(StreamRepository::row).optional();
    }

    Optional<Stream> latestOf(long userId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM stream WHERE user_id = :u ORDER BY id DESC LIMIT 1")
                .param("u", userId).query(StreamRepository::row).optional();
    }

    Optional<Stream> liveOf(long userId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM stream WHERE user_id = :u AND status = 'live'")
                .param("u", userId).query(StreamRepository::row).optional();
    }

    /** The live stream published with this key hash. */
    Optional<Stream> liveByKeyHash(byte[] keyHash) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM stream WHERE key_hash = :h AND status = 'live'")
                .param("h", keyHash).query(StreamRepository::row).optional();
    }

    /** Live streams by viewers (most first), optionally of one category. */
    List<Stream> live(Long categoryId, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM stream
                        WHERE status = 'live' AND (CAST(:cat AS bigint) IS NULL OR category_id = :cat)
                        ORDER BY viewer_count DESC, id DESC
                        LIMIT :limit
                        """)
                .param("cat", categoryId).param("limit", limit).query(StreamRepository::row).list();
    }

    List<Long> liveIds() {
        return jdbc.sql("SELECT id FROM stream WHERE status = 'live'").query(Long.class).list();
    }

    void touch(long id, Instant at) {
        jdbc.sql("UPDATE stream SET last_ingest_at = :at WHERE id = :id").param("at", Timestamp.from(at))
                .param("id", id).update();
    }

    /** Live streams whose ingest last reported before {@code cutoff}, locked (skipping what another replica holds). */
    List<Stream> lockSilentSince(Instant cutoff) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM stream WHERE status = 'live' AND last_ingest_at < :cutoff
                        FOR UPDATE SKIP LOCKED
                        """)
                .param("cutoff", Timestamp.from(cutoff)).query(StreamRepository::row).list();
    }

    /**
     * Sets the viewer count of a live stream and raises its peak; the new peak, or empty when nothing changed
     * (the same count, or the stream is no longer live), so only a change is announced.
     */
    Optional<Integer> countViewers(long id, int viewers) {
        return jdbc.sql("""
                        UPDATE stream SET viewer_count = :n, peak_viewers = GREATEST(peak_viewers, :n)
                         WHERE id = :id AND status = 'live' AND viewer_count <> :n
                        RETURNING peak_viewers
                        """)
                .param("n", viewers).param("id", id).query(Integer.class).optional();
    }

    private static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static Stream row(ResultSet rs, int n) throws SQLException {
        long category = rs.getLong("category_id");
        Long categoryId = rs.wasNull() ? null : category;
        return new Stream(rs.getLong("id"), rs.getLong("user_id"), rs.getString("title"), categoryId,
                StreamStatus.ofWire(rs.getString("status")), rs.getInt("slow_mode_seconds"), rs.getInt("viewer_count"),
                rs.getInt("peak_viewers"), rs.getBytes("key_hash"), rs.getString("ingest_client"),
                instant(rs, "created_at"), instant(rs, "started_at"), instant(rs, "ended_at"),
                instant(rs, "last_ingest_at"), rs.getString("end_reason"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
