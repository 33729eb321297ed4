package com.xcord.auth.relationship;

import com.xcord.servicekit.id.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Reads users for relationships: whether one exists and how to show it. Never writes. */
@Component
class UserSummaries {

    private final JdbcClient jdbc;

    UserSummaries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<UserSummary> find(long userId) {
        return jdbc.sql("SELECT id, username, display_name, avatar_media_id FROM users WHERE id = :id")
                .param("id", userId)
                .query(UserSummaries::summary)
                .optional();
    }

    /** Maps the {@code id, username, display_name, avatar_media_id} columns. */
    static UserSummary summary(ResultSet rs, int row) throws SQLException {
        long avatar = rs.getLong("avatar_media_id");
        String avatarId = rs.wasNull() ? null : Ids.format(avatar);
        return new UserSummary(Ids.format(rs.getLong("id")), rs.getString("username"),
                rs.getString("display_name"), avatarId);
    }
}
