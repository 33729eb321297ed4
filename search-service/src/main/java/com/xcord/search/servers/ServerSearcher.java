package com.xcord.search.servers;

import com.xcord.search.query.Hit;
import com.xcord.search.query.SearchQuery;
import com.xcord.search.query.SearchType;
import com.xcord.search.query.Sort;
import com.xcord.search.query.TypeSearcher;
import com.xcord.search.text.Folding;
import com.xcord.search.text.Highlights;
import com.xcord.servicekit.id.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Servers by name, typo-tolerant like people (trigram word similarity of folded names). Only servers the caller is
 * a member of: server-service has no "discoverable" flag yet, and a private server's name is not public.
 */
@Component
class ServerSearcher implements TypeSearcher {

    private final JdbcClient jdbc;

    ServerSearcher(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public SearchType type() {
        return SearchType.SERVER;
    }

    @Override
    public List<String> supportedFilters() {
        return List.of();
    }

    @Override
    public List<Hit> search(SearchQuery query) {
        String folded = Folding.fold(query.text());
        if (folded.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return List.of();
        }
        boolean recent = query.sort() == Sort.RECENT;
        return jdbc.sql("""
                        SELECT s.id, s.name, s.description, s.owner_id, word_similarity(:folded, s.folded_name) AS score
                          FROM indexed_server s
                          JOIN server_member m ON m.server_id = s.id AND m.user_id = :caller
                         WHERE :folded <% s.folded_name
                           AND (CAST(:before AS bigint) IS NULL OR s.id < :before)
                         ORDER BY """ + (recent ? " s.id DESC" : " score DESC, s.id DESC") + " LIMIT :fetch")
                .param("folded", folded)
                .param("before", recent ? query.before() : null)
                .param("caller", query.caller())
                .param("fetch", query.fetchSize())
                .query((rs, row) -> {
                    long id = rs.getLong("id");
                    return new Hit(id, rs.getDouble("score"), new ServerItem(SearchType.SERVER.wireName(),
                            Ids.format(id), rs.getString("name"), rs.getString("description"),
                            Ids.format(rs.getLong("owner_id")), Highlights.render(rs.getString("name"))));
                })
                .list();
    }
}
