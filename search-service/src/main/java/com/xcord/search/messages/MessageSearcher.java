package com.xcord.search.messages;

import com.xcord.search.SearchProperties;
import com.xcord.search.query.Hit;
import com.xcord.search.query.SearchQuery;
import com.xcord.search.query.SearchType;
import com.xcord.search.query.TypeSearcher;
import com.xcord.search.servers.ChannelAccess;
import com.xcord.search.text.ContentSearch;
import com.xcord.servicekit.id.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * Channel messages, only from the channels the caller may read now ({@link ChannelAccess}): the channel list is a
 * condition of the query, so nothing hidden is ever read, counted or highlighted.
 */
@Component
class MessageSearcher implements TypeSearcher {

    private static final ContentSearch SEARCH = new ContentSearch("m",
            "m.id, m.server_id, m.channel_id, m.author_id, u.username, u.display_name, m.content, m.created_at,"
                    + " m.edited_at",
            Map.of("from", "m.author_id", "in", "m.channel_id", "server", "m.server_id", "mentions", "m.mention_ids",
                    "pinned", "m.pinned"));

    private final JdbcClient jdbc;
    private final ChannelAccess access;
    private final SearchProperties properties;

    MessageSearcher(JdbcClient jdbc, ChannelAccess access, SearchProperties properties) {
        this.jdbc = jdbc;
        this.access = access;
        this.properties = properties;
    }

    @Override
    public SearchType type() {
        return SearchType.MESSAGE;
    }

    @Override
    public List<String> supportedFilters() {
        return List.of("from", "in", "server", "has", "mentions", "before", "after", "pinned");
    }

    @Override
    public List<Hit> search(SearchQuery query) {
        List<Long> channels = access.readableChannels(query.caller());
        if (channels.isEmpty()) {
            return List.of();
        }
        return SEARCH.search(jdbc, """
                FROM channel_message m LEFT JOIN indexed_user u ON u.id = m.author_id
                WHERE m.channel_id = ANY(CAST(:channels AS bigint[]))""",
                Map.of("channels", ContentSearch.array(channels)), query, properties.relevanceCandidates(),
                (rs, row) -> {
                    long id = rs.getLong("id");
                    return new Hit(id, rs.getDouble("score"), new MessageItem(SearchType.MESSAGE.wireName(),
                            Ids.format(id), Ids.format(rs.getLong("server_id")), Ids.format(rs.getLong("channel_id")),
                            ContentSearch.person(rs, "author_id"), rs.getString("content"),
                            ContentSearch.instant(rs, "created_at"), ContentSearch.instant(rs, "edited_at"),
                            ContentSearch.highlight(rs)));
                });
    }
}
