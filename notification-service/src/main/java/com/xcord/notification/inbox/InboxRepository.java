package com.xcord.notification.inbox;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The {@code notification} table. Listed rows are those not {@code gone}. */
@Repository
class InboxRepository {

    private static final String COLUMNS = "id, recipient_id, type, actor_id, subject_type, subject_id, server_id,"
            + " channel_id, conversation_id, excerpt, group_key, read, created_at";

    private static final RowMapper<StoredNotification> ROW = (rs, n) -> new StoredNotification(rs.getLong("id"),
            rs.getLong("recipient_id"), rs.getString("type"), rs.getLong("actor_id"), rs.getString("subject_type"),
            rs.getLong("subject_id"), rs.getObject("server_id", Long.class), rs.getObject("channel_id", Long.class),
            rs.getObject("conversation_id", Long.class), rs.getString("excerpt"), rs.getString("group_key"),
            rs.getBoolean("read"), rs.getTimestamp("created_at").toInstant());

    /** A group of the grouped list: its key, newest row, size and whether all of it is read. */
    record GroupRow(String groupKey, long latestId, int count, boolean read) {
    }

    private final JdbcClient jdbc;

    InboxRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The group of the latest notification of this type and subject for the recipient, if it is recent enough. */
    Optional<String> recentGroup(long recipientId, String type, long subjectId, Instant since) {
        return jdbc.sql("""
                        SELECT group_key FROM notification
                         WHERE recipient_id = :r AND subject_id = :s AND type = :t AND NOT gone AND created_at >= :since
                         ORDER BY id DESC LIMIT 1
                        """)
                .param("r", recipientId).param("s", subjectId).param("t", type).param("since", Timestamp.from(since))
                .query(String.class).optional();
    }

    /** Inserts the notification unless the recipient already has one for this fact; true if inserted. */
    boolean insert(long id, NewNotification n, String groupKey) {
        return jdbc.sql("""
                        INSERT INTO notification (id, recipient_id, type, actor_id, subject_type, subject_id, server_id,
                                                  channel_id, conversation_id, excerpt, source_key, group_key, created_at)
                        VALUES (:id, :r, :type, :actor, :st, :sid, :server, :channel, :conversation, :excerpt, :source,
                                :group, :at)
                        ON CONFLICT (recipient_id, source_key) DO NOTHING
                        """)
                .param("id", id).param("r", n.recipientId()).param("type", n.type().wire())
                .param("actor", n.actorId()).param("st", n.subjectType()).param("sid", n.subjectId())
                .param("server", n.serverId()).param("channel", n.channelId())
                .param("conversation", n.conversationId()).param("excerpt", n.excerpt())
                .param("source", n.sourceKey()).param("group", groupKey).param("at", Timestamp.from(n.createdAt()))
                .update() == 1;
    }

    /**
     * One statement for a batch of ungrouped notifications (the mention fan-out): each row is its own group. Returns
     * the ids actually inserted (a recipient who already had one for the fact is skipped).
     */
    List<Long> insertUngrouped(List<Long> ids, List<NewNotification> batch) {
        if (batch.isEmpty()) {
            return List.of();
        }
        int n = batch.size();
        Long[] recipients = new Long[n];
        String[] types = new String[n];
        Long[] actors = new Long[n];
        String[] subjectTypes = new String[n];
        Long[] subjects = new Long[n];
        Long[] servers = new Long[n];
        Long[] channels = new Long[n];
        Long[] conversations = new Long[n];
        String[] excerpts = new String[n];
        String[] sources = new String[n];
        String[] groups = new String[n];
        Timestamp[] times = new Timestamp[n];
        for (int i = 0; i < n; i++) {
            NewNotification x = batch.get(i);
            recipients[i] = x.recipientId();
            types[i] = x.type().wire();
            actors[i] = x.actorId();
            subjectTypes[i] = x.subjectType();
            subjects[i] = x.subjectId();
            servers[i] = x.serverId();
            channels[i] = x.channelId();
            conversations[i] = x.conversationId();
            excerpts[i] = x.excerpt();
            sources[i] = x.sourceKey();
            groups[i] = "n:" + ids.get(i);
            times[i] = Timestamp.from(x.createdAt());
        }
        return jdbc.sql("""
                        INSERT INTO notification (id, recipient_id, type, actor_id, subject_type, subject_id, server_id,
                                                  channel_id, conversation_id, excerpt, source_key, group_key, created_at)
                        SELECT * FROM unnest(CAST(:ids AS bigint[]), CAST(:r AS bigint[]), CAST(:types AS text[]),
                                             CAST(:actors AS bigint[]), CAST(:st AS text[]), CAST(:sid AS bigint[]),
                                             CAST(:servers AS bigint[]), CAST(:channels AS bigint[]),
                                             CAST(:conversations AS bigint[]), CAST(:excerpts AS text[]),
                                             CAST(:sources AS text[]), CAST(:groups AS text[]),
                                             CAST(:times AS timestamptz[]))
                        ON CONFLICT (recipient_id, source_key) DO NOTHING
                        RETURNING id
                        """)
                .param("ids", ids.toArray(Long[]::new)).param("r", recipients).param("types", types)
                .param("actors", actors).param("st", subjectTypes).param("sid", subjects).param("servers", servers)
                .param("channels", channels).param("conversations", conversations).param("excerpts", excerpts)
                .param("sources", sources).param("groups", groups).param("times", times)
                .query(Long.class).list();
    }

    Optional<StoredNotification> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM notification WHERE id = :id").param("id", id).query(ROW)
                .optional();
    }

    /** The recipient's notification, if listed. */
    Optional<StoredNotification> findListed(long id, long recipientId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM notification WHERE id = :id AND recipient_id = :r AND NOT gone")
                .param("id", id).param("r", recipientId).query(ROW).optional();
    }

    Optional<StoredNotification> bySource(long recipientId, String sourceKey) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM notification WHERE recipient_id = :r AND source_key = :s"
                        + " AND NOT gone")
                .param("r", recipientId).param("s", sourceKey).query(ROW).optional();
    }

    List<StoredNotification> bySubject(long subjectId, String subjectType) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM notification WHERE subject_id = :s AND subject_type = :t"
                        + " AND NOT gone")
                .param("s", subjectId).param("t", subjectType).query(ROW).list();
    }

    /** What either user got from the other. */
    List<StoredNotification> between(long a, long b) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM notification WHERE NOT gone AND ((actor_id = :a AND recipient_id = :b)"
                        + " OR (actor_id = :b AND recipient_id = :a))")
                .param("a", a).param("b", b).query(ROW).list();
    }

    void delete(long id) {
        jdbc.sql("DELETE FROM notification WHERE id = :id").param("id", id).update();
    }

    void markGone(long id) {
        jdbc.sql("UPDATE notification SET gone = true WHERE id = :id").param("id", id).update();
    }

    boolean markRead(long id, long recipientId) {
        return jdbc.sql("UPDATE notification SET read = true WHERE id = :id AND recipient_id = :r AND NOT read")
                .param("id", id).param("r", recipientId).update() == 1;
    }

    int markAllRead(long recipientId) {
        return jdbc.sql("UPDATE notification SET read = true WHERE recipient_id = :r AND NOT read AND NOT gone")
                .param("r", recipientId).update();
    }

    /** Marks the recipient's dm_message notifications of the conversation up to the message read; their ids. */
    List<Long> markDmRead(long recipientId, long conversationId, long upToMessageId) {
        return jdbc.sql("""
                        UPDATE notification SET read = true
                         WHERE recipient_id = :r AND conversation_id = :c AND type = 'dm_message'
                           AND subject_id <= :m AND NOT read AND NOT gone
                        RETURNING id
                        """)
                .param("r", recipientId).param("c", conversationId).param("m", upToMessageId).query(Long.class)
                .list();
    }

    int unread(long recipientId) {
        return jdbc.sql("SELECT count(*) FROM notification WHERE recipient_id = :r AND NOT read AND NOT gone")
                .param("r", recipientId).query(Integer.class).single();
    }

    Map<Long, Integer> unread(Collection<Long> recipients) {
        Map<Long, Integer> counts = new HashMap<>();
        if (recipients.isEmpty()) {
            return counts;
        }
        jdbc.sql("""
                        SELECT recipient_id, count(*) AS n FROM notification
                         WHERE recipient_id = ANY(CAST(:r AS bigint[])) AND NOT read AND NOT gone GROUP BY recipient_id
                        """)
                .param("r", recipients.toArray(Long[]::new))
                .query(rs -> {
                    counts.put(rs.getLong("recipient_id"), rs.getInt("n"));
                });
        return counts;
    }

    int groupCount(long recipientId, String groupKey) {
        return jdbc.sql("SELECT count(*) FROM notification WHERE recipient_id = :r AND group_key = :g AND NOT gone")
                .param("r", recipientId).param("g", groupKey).query(Integer.class).single();
    }

    List<Long> sampleActors(long recipientId, String groupKey, int n) {
        return jdbc.sql("""
                        SELECT actor_id FROM notification WHERE recipient_id = :r AND group_key = :g AND NOT gone
                         ORDER BY id DESC LIMIT :n
                        """)
                .param("r", recipientId).param("g", groupKey).param("n", n).query(Long.class).list();
    }

    /** The newest listed notifications older than {@code before} (null: from the newest). */
    List<StoredNotification> page(long recipientId, boolean unreadOnly, Long before, int fetch) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM notification WHERE recipient_id = :r AND NOT gone"
                        + (unreadOnly ? " AND NOT read" : "") + " AND id < :before ORDER BY id DESC LIMIT :n")
                .param("r", recipientId).param("before", before == null ? Long.MAX_VALUE : before).param("n", fetch)
                .query(ROW).list();
    }

    /** The groups whose newest notification is older than {@code before}, newest first. */
    List<GroupRow> groups(long recipientId, boolean unreadOnly, Long before, int fetch) {
        return jdbc.sql("SELECT group_key, max(id) AS latest_id, count(*) AS n, bool_and(read) AS all_read"
                        + " FROM notification WHERE recipient_id = :r AND NOT gone" + (unreadOnly ? " AND NOT read" : "")
                        + " GROUP BY group_key HAVING max(id) < :before ORDER BY latest_id DESC LIMIT :n")
                .param("r", recipientId).param("before", before == null ? Long.MAX_VALUE : before).param("n", fetch)
                .query((rs, i) -> new GroupRow(rs.getString("group_key"), rs.getLong("latest_id"), rs.getInt("n"),
                        rs.getBoolean("all_read")))
                .list();
    }

    Map<Long, StoredNotification> byIds(Collection<Long> ids) {
        Map<Long, StoredNotification> rows = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return rows;
        }
        jdbc.sql("SELECT " + COLUMNS + " FROM notification WHERE id = ANY(CAST(:ids AS bigint[]))")
                .param("ids", ids.toArray(Long[]::new)).query(ROW).list().forEach(r -> rows.put(r.id(), r));
        return rows;
    }

    /** The latest {@code n} actors of each of the recipient's groups named. */
    Map<String, List<Long>> sampleActors(long recipientId, Collection<String> groupKeys, int n) {
        Map<String, List<Long>> actors = new HashMap<>();
        if (groupKeys.isEmpty()) {
            return actors;
        }
        jdbc.sql("""
                        SELECT group_key, actor_id FROM (
                            SELECT group_key, actor_id, row_number() OVER (PARTITION BY group_key ORDER BY id DESC) AS k
                              FROM notification
                             WHERE recipient_id = :r AND group_key = ANY(CAST(:g AS text[])) AND NOT gone) ranked
                         WHERE k <= :n ORDER BY group_key, k
                        """)
                .param("r", recipientId).param("g", groupKeys.toArray(String[]::new)).param("n", n)
                .query(rs -> {
                    actors.computeIfAbsent(rs.getString("group_key"), k -> new ArrayList<>())
                            .add(rs.getLong("actor_id"));
                });
        return actors;
    }
}
