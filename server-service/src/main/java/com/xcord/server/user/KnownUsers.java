package com.xcord.server.user;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code known_users} table: the ids auth-service announced. */
@Repository
class KnownUsers {

    private final JdbcClient jdbc;

    KnownUsers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Idempotent: a user announced twice (a redelivery, a profile update) is one row. */
    void add(long userId) {
        jdbc.sql("INSERT INTO known_users (id) VALUES (:id) ON CONFLICT DO NOTHING").param("id", userId).update();
    }

    boolean contains(long userId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM known_users WHERE id = :id)")
                .param("id", userId)
                .query(Boolean.class)
                .single();
    }
}
