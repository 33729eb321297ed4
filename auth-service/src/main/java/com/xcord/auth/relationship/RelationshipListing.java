package com.xcord.auth.relationship;

import com.xcord.servicekit.id.Ids;
import com.xcord.servicekit.web.BadRequestException;
import com.xcord.servicekit.web.CursorPage;
import com.xcord.servicekit.web.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Lists a user's relationships, newest first, paginated by relationship row id, with the
 * other users' summaries joined in (one query, no per-row lookups).
 *
 * <p>Each {@link RelationshipType} is one range of the {@code (user_id, kind, id)} or
 * {@code (target_id, kind, id)} index; the unfiltered list merges those ranges, each cut to
 * one page first so that no range is read further than the page needs.
 */
@Component
class RelationshipListing {

    private final JdbcClient jdbc;

    RelationshipListing(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One page: newest first from the top or {@code before} a cursor; oldest first {@code after}
     * a cursor (the kit's {@link PageQuery} convention), {@code nextCursor} continuing either way.
     */
    CursorPage<RelationshipView> list(long viewer, Optional<RelationshipType> type, PageQuery page) {
        if (page.around() != null) {
            throw BadRequestException.field("around", "is not supported by this list");
        }
        String order = page.after() != null ? "ASC" : "DESC";
        String bound = page.before() != null ? " AND r.id < :cursor" : page.after() != null ? " AND r.id > :cursor" : "";
        String ranges = type.map(Stream::of).orElseGet(() -> Stream.of(RelationshipType.values()))
                .map(t -> range(t, bound, order))
                .collect(Collectors.joining("\n UNION ALL\n"));
        String sql = """
                SELECT v.id AS relationship_id, v.type, v.created_at,
                       u.id, u.username, u.display_name, u.avatar_media_id
                  FROM (%s) v
                  JOIN users u ON u.id = v.other_id
                 ORDER BY v.id %s
                 LIMIT :fetch
                """.formatted(ranges, order);

        JdbcClient.StatementSpec statement = jdbc.sql(sql)
                .param("viewer", viewer)
                .param("fetch", page.fetchSize());
        Long cursor = page.before() != null ? page.before() : page.after();
        if (cursor != null) {
            statement = statement.param("cursor", cursor);
        }
        List<RelationshipView> rows = statement.query(RelationshipListing::view).list();
        return CursorPage.of(rows, page.limit(), view -> Ids.parse(view.id()));
    }

    /** The rows of one type: constants only go into the SQL text, values are parameters. */
    private static String range(RelationshipType type, String bounds, String order) {
        return """
                (SELECT r.id, '%s' AS type, r.%s AS other_id, r.created_at
                   FROM relationships r
                  WHERE r.%s = :viewer AND r.kind = '%s'%s
                  ORDER BY r.id %s
                  LIMIT :fetch)""".formatted(type.name(), type.side().otherColumn, type.side().viewerColumn,
                type.kind().name(), bounds, order);
    }

    private static RelationshipView view(ResultSet rs, int row) throws SQLException {
        UserSummary user = UserSummaries.summary(rs, row);
        return new RelationshipView(Ids.format(rs.getLong("relationship_id")), user.id(),
                RelationshipType.valueOf(rs.getString("type")), rs.getTimestamp("created_at").toInstant(), user);
    }
}
