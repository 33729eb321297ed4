package com.xcord.search.posts;

import com.xcord.search.SearchProperties;
import com.xcord.search.query.Hit;
import com.xcord.search.query.SearchQuery;
import com.xcord.search.query.SearchType;
import com.xcord.search.query.TypeSearcher;
import com.xcord.search.text.ContentSearch;
import com.xcord.servicekit.id.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * Posts within their audience, as feed-service shows them: the author's own, {@code public} ones, {@code friends}
 * ones of a friend, {@code server} ones of a server the caller is a member of — and none across a block in either
 * direction. All of it is the query's WHERE clause.
 */
@Component
class PostSearcher implements TypeSearcher {

    private static final ContentSearch SEARCH = new ContentSearch("p",
            "p.id, p.author_id, u.username, u.display_name, p.content, p.visibility, p.server_id, p.created_at",
            Map.of("from", "p.author_id", "server", "p.server_id", "mentions", "p.mention_ids"));

    private static final String VISIBLE = """
            FROM post p LEFT JOIN indexed_user u ON u.id = p.author_id
            WHERE (p.author_id = :caller
                   OR (p.visibility = 'public'
                       OR (p.visibility = 'friends' AND EXISTS (
                               SELECT 1 FROM user_edge f WHERE f.user_id = :caller AND f.target_id = p.author_id
                                  AND f.kind = 'friend' AND f.active))
                       OR (p.visibility = 'server' AND EXISTS (
                               SELECT 1 FROM server_member sm WHERE sm.server_id = p.server_id AND sm.user_id = :caller)))
                      AND NOT EXISTS (
                               SELECT 1 FROM user_edge b WHERE b.kind = 'block' AND b.active
                                  AND ((b.user_id = :caller AND b.target_id = p.author_id)
                                    OR (b.user_id = p.author_id AND b.target_id = :caller))))""";

    private final JdbcClient jdbc;
    private final SearchProperties properties;

    PostSearcher(JdbcClient jdbc, SearchProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    @Override
    public SearchType type() {
        return SearchType.POST;
    }

    @Override
    public List<String> supportedFilters() {
        return List.of("from", "server", "has", "mentions", "before", "after");
    }

    @Override
    public List<Hit> search(SearchQuery query) {
        return SEARCH.search(jdbc, VISIBLE, Map.of("caller", query.caller()), query,
                properties.relevanceCandidates(),
                (rs, row) -> {
                    long id = rs.getLong("id");
                    Long serverId = rs.getObject("server_id", Long.class);
                    return new Hit(id, rs.getDouble("score"), new PostItem(SearchType.POST.wireName(), Ids.format(id),
                            ContentSearch.person(rs, "author_id"), rs.getString("content"), rs.getString("visibility"),
                            Ids.formatNullable(serverId), ContentSearch.instant(rs, "created_at"),
                            ContentSearch.highlight(rs)));
                });
    }
}
