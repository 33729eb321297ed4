package com.xcord.auth.relationship;

import com.xcord.events.auth.RelationshipKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;

/** The {@code relationships} table: the edges between pairs of users. */
@Repository
class Relationships {

    private final JdbcClient jdbc;

    Relationships(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Serializes every change between {@code a} and {@code b} until the transaction ends. The
     * key does not depend on who acts, so two users befriending each other at the same moment
     * queue up on one lock instead of both creating a request; each change touches one pair
     * only, so there is no lock order to get wrong. A hash collision with another pair only
     * makes the two wait for each other.
     */
    void lockPair(long a, long b) {
        String pair = "relationship:" + Math.min(a, b) + ":" + Math.max(a, b);
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(:pair, 0))")
                .param("pair", pair)
                .query((rs, n) -> 1)
                .single();
    }

    List<Edge> between(long a, long b) {
        return jdbc.sql("""
                        SELECT id, user_id, target_id, kind, created_at
                          FROM relationships
                         WHERE (user_id = :a AND target_id = :b) OR (user_id = :b AND target_id = :a)
                        """)
                .param("a", a)
                .param("b", b)
                .query(Relationships::edge)
                .list();
    }

    /** Writes what the pair changed; call it in the transaction that holds the pair's lock. */
    void save(RelationshipPair pair) {
        List<Long> removed = pair.removed().stream().map(Edge::id).toList();
        if (!removed.isEmpty()) {
            jdbc.sql("DELETE FROM relationships WHERE id IN (:ids)").param("ids", removed).update();
        }
        for (Edge edge : pair.added()) {
            jdbc.sql("""
                            INSERT INTO relationships (id, user_id, target_id, kind, created_at)
                            VALUES (:id, :userId, :targetId, :kind, :createdAt)
                            """)
                    .param("id", edge.id())
                    .param("userId", edge.userId())
                    .param("targetId", edge.targetId())
                    .param("kind", edge.kind().name())
                    .param("createdAt", Timestamp.from(edge.createdAt()))
                    .update();
        }
    }

    private static Edge edge(ResultSet rs, int row) throws SQLException {
        return new Edge(rs.getLong("id"), rs.getLong("user_id"), rs.getLong("target_id"),
                RelationshipKind.valueOf(rs.getString("kind")), rs.getTimestamp("created_at").toInstant());
    }
}
