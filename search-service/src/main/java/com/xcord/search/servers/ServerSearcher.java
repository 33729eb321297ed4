package com.xcord.search.servers;

import com.xcord.search.query.SearchItem;
import com.xcord.search.query.SearchType;
import com.xcord.search.text.Highlights;
import com.xcord.search.text.NameSearcher;
import com.xcord.servicekit.id.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Servers by name, typo-tolerant. Only servers the caller is a member of: server-service has no "discoverable"
 * flag yet, and a private server's name is not public.
 */
@Component
class ServerSearcher extends NameSearcher {

    ServerSearcher(JdbcClient jdbc) {
        super(jdbc);
    }

    @Override
    public SearchType type() {
        return SearchType.SERVER;
    }

    @Override
    protected String columns() {
        return "n.id, n.name, n.description, n.owner_id";
    }

    @Override
    protected String from() {
        return "FROM indexed_server n JOIN server_member m ON m.server_id = n.id AND m.user_id = :caller WHERE TRUE";
    }

    @Override
    protected SearchItem item(ResultSet row) throws SQLException {
        return new ServerItem(SearchType.SERVER.wireName(), Ids.format(row.getLong("id")), row.getString("name"),
                row.getString("description"), Ids.format(row.getLong("owner_id")),
                Highlights.render(row.getString("name")));
    }
}
