package com.xcord.search.conversations;

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

/** Direct messages, only of conversations the caller takes part in now (their ids are a condition of the query). */
@Component
class DmSearcher implements TypeSearcher {

    private static final ContentSearch SEARCH = new ContentSearch("m",
            "m.id, m.conversation_id, m.sender_id, u.username, u.display_name, m.content, m.created_at, m.edited_at",
            Map.of("from", "m.sender_id", "in", "m.conversation_id"));

    private final JdbcClient jdbc;
    private final SearchProperties properties;

    DmSearcher(JdbcClient jdbc, SearchProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    @Override
    public SearchType type() {
        return SearchType.DM;
    }

    @Override
    public List<String> supportedFilters() {
        return List.of("from", "in", "has", "before", "after");
    }

    @Override
    public List<Hit> search(SearchQuery query) {
        // the conversations first, then their messages by (conversation_id, id): a join would walk the newest
        // messages of everyone's conversations looking for the caller's
        List<Long> conversations = jdbc.sql("SELECT conversation_id FROM dm_participant WHERE user_id = :caller")
                .param("caller", query.caller())
                .query(Long.class)
                .list();
        if (conversations.isEmpty()) {
            return List.of();
        }
        return SEARCH.search(jdbc, """
                FROM dm_message m
                LEFT JOIN indexed_user u ON u.id = m.sender_id
                WHERE m.conversation_id = ANY(CAST(:conversations AS bigint[]))""",
                Map.of("conversations", ContentSearch.array(conversations)), query, properties.relevanceCandidates(),
                (rs, row) -> {
                    long id = rs.getLong("id");
                    return new Hit(id, rs.getDouble("score"), new DmMessageItem(SearchType.DM.wireName(),
                            Ids.format(id), Ids.format(rs.getLong("conversation_id")),
                            ContentSearch.person(rs, "sender_id"), rs.getString("content"),
                            ContentSearch.instant(rs, "created_at"), ContentSearch.instant(rs, "edited_at"),
                            ContentSearch.highlight(rs)));
                });
    }
}
