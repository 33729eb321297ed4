package com.xcord.search.people;

import com.xcord.search.query.SearchItem;
import com.xcord.search.query.SearchType;
import com.xcord.search.query.Usernames;
import com.xcord.search.text.Highlights;
import com.xcord.search.text.NameSearcher;
import com.xcord.servicekit.id.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.OptionalLong;

/** People by username and display name, typo-tolerant; someone who blocked the caller is not found by them. */
@Component
class UserSearcher extends NameSearcher implements Usernames {

    private final JdbcClient jdbc;

    UserSearcher(JdbcClient jdbc) {
        super(jdbc);
        this.jdbc = jdbc;
    }

    @Override
    public SearchType type() {
        return SearchType.USER;
    }

    @Override
    protected String columns() {
        return "n.id, n.username, n.display_name";
    }

    @Override
    protected String from() {
        return """
                FROM indexed_user n
                WHERE NOT EXISTS (SELECT 1 FROM user_edge b WHERE b.user_id = n.id AND b.target_id = :caller
                                     AND b.kind = 'block' AND b.active)""";
    }

    @Override
    protected SearchItem item(ResultSet row) throws SQLException {
        String username = row.getString("username");
        String displayName = row.getString("display_name");
        return new UserItem(SearchType.USER.wireName(), Ids.format(row.getLong("id")), username, displayName,
                Highlights.render(displayName == null ? username : displayName));
    }

    @Override
    public OptionalLong idOf(String username) {
        return jdbc.sql("SELECT id FROM indexed_user WHERE username = :username")
                .param("username", username)
                .query(Long.class)
                .optional()
                .map(OptionalLong::of)
                .orElse(OptionalLong.empty());
    }
}
