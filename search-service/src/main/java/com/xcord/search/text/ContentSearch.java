package com.xcord.search.text;

import com.xcord.search.query.Filters;
import com.xcord.search.query.Hit;
import com.xcord.search.query.Person;
import com.xcord.search.query.SearchQuery;
import com.xcord.search.query.Sort;

import com.xcord.servicekit.id.Ids;
import com.xcord.servicekit.id.SnowflakeIds;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The SQL of a full-text search over one content table (channel messages, DMs, posts), the same for each so that
 * paging, ranking and highlights behave alike. The table's own access rule comes in as {@code from} (its FROM and
 * WHERE, with the caller's visibility); this adds the words, the filters and the order:
 * <ul>
 * <li>{@code sort=recent}: the newest {@code limit + 1} matches below the cursor (index on id, or the GIN index then
 * a top-N sort — the planner picks);</li>
 * <li>{@code sort=relevance}: the newest {@code relevanceCandidates} matches ranked by {@code ts_rank}, so a word in
 * every second row costs the same as a rare one;</li>
 * <li>highlights ({@code ts_headline}, the costly part) only for the page's rows, in the outer query.</li>
 * </ul>
 *
 * @param alias   the table's alias in {@code from}
 * @param columns the columns the item needs, qualified with the alias ({@code m.id, m.content, …}); the content
 *                column must be among them as {@code content}
 * @param filterColumns the column of each supported filter ({@code from} → {@code m.author_id}, {@code in},
 *                {@code server}, {@code mentions} (an array), {@code pinned}); {@code has}, {@code before},
 *                {@code after} use {@code has_flags} and {@code created_at}
 */
public record ContentSearch(String alias, String columns, Map<String, String> filterColumns) {

    /** The statement and its parameters. */
    public record Statement(String sql, Map<String, Object> params) {
    }

    /**
     * Windows of time searched in turn, newest first, before the whole table: the newest matches of a common word lie
     * in the last day, and a search that finds enough there never reads the older rows (a bitmap of a word in 8 % of
     * a million rows is 80,000 heap rows to sort by id otherwise). A rare word costs up to four cheap queries.
     */
    private static final List<Duration> WINDOWS = List.of(Duration.ofDays(1), Duration.ofDays(7), Duration.ofDays(30));

    /**
     * Runs the search of {@code query} over {@code from}: at most {@code limit + 1} hits, newest or best first. With
     * words, window by window ({@link #WINDOWS}) until one holds enough matches: the page (recent) or the whole
     * candidate set (relevance), so the result is exactly what one query over everything would give.
     */
    public List<Hit> search(JdbcClient jdbc, String from, Map<String, Object> accessParams, SearchQuery query,
            int relevanceCandidates, RowMapper<Hit> rows) {
        Instant newest = query.sort() == Sort.RECENT && query.before() != null
                ? SnowflakeIds.timestampOf(query.before())
                : Instant.now();
        if (query.hasText()) {
            for (Duration window : WINDOWS) {
                Statement statement = build(from, accessParams, query, relevanceCandidates,
                        SnowflakeIds.minIdAt(newest.minus(window)));
                List<Hit> hits = new ArrayList<>();
                int[] candidates = {0};
                jdbc.sql(statement.sql()).params(statement.params()).query(rs -> {
                    candidates[0] = rs.getInt("candidates");
                    hits.add(rows.mapRow(rs, hits.size()));
                });
                boolean enough = query.sort() == Sort.RECENT
                        ? hits.size() >= query.fetchSize()
                        : candidates[0] >= relevanceCandidates;
                if (enough) {
                    return hits;
                }
            }
        }
        Statement statement = build(from, accessParams, query, relevanceCandidates, null);
        return jdbc.sql(statement.sql()).params(statement.params()).query(rows).list();
    }

    Statement build(String from, Map<String, Object> accessParams, SearchQuery query, int relevanceCandidates,
            Long floor) {
        Map<String, Object> params = new LinkedHashMap<>(accessParams);
        List<String> where = new ArrayList<>();
        String a = alias;
        if (query.hasText()) {
            where.add(a + ".document @@ websearch_to_tsquery('xcord_text'::regconfig, :text)");
            params.put("text", query.text());
            params.put("headlineOptions", Highlights.HEADLINE_OPTIONS);
        }
        addFilters(query.filters(), where, params);
        if (query.sort() == Sort.RECENT && query.before() != null) {
            where.add(a + ".id < :before");
            params.put("before", query.before());
        }
        if (floor != null) {
            where.add(a + ".id >= :floor");
            params.put("floor", floor);
        }
        String rank = query.hasText()
                ? "ts_rank(%s.document, websearch_to_tsquery('xcord_text'::regconfig, :text))"
                : "0.0";
        // the rank and the highlight are computed only for the rows that need them (the candidates, the page):
        // computed in the scan, ts_rank would read the document of every match of a common word
        String inner = "SELECT " + columns + ", " + a + ".document " + from
                + (where.isEmpty() ? "" : " AND " + String.join(" AND ", where)) + " ORDER BY " + a + ".id DESC";
        String page;
        if (query.sort() == Sort.RECENT) {
            page = "SELECT latest.*, " + rank.formatted("latest") + " AS score, 0 AS candidates FROM (" + inner
                    + " LIMIT :fetch) latest";
        } else {
            page = "SELECT candidate.*, " + rank.formatted("candidate") + " AS score, count(*) OVER () AS candidates"
                    + " FROM (" + inner + " LIMIT :candidates) candidate ORDER BY score DESC, candidate.id DESC"
                    + " LIMIT :fetch";
            params.put("candidates", relevanceCandidates);
        }
        params.put("fetch", query.fetchSize());
        String headline = query.hasText() ? Highlights.sql("page.content") : "NULL";
        String order = query.sort() == Sort.RECENT ? "page.id DESC" : "page.score DESC, page.id DESC";
        String sql = "SELECT " + outputColumns() + ", page.score, page.candidates, " + headline + " AS headline FROM (" + page
                + ") page ORDER BY " + order;
        return new Statement(sql, params);
    }

    /** The item's columns as the outer query names them ({@code page.id, page.username, …}), the document left out. */
    private String outputColumns() {
        return java.util.Arrays.stream(columns.split(","))
                .map(column -> "page." + column.substring(column.lastIndexOf('.') + 1).strip())
                .collect(Collectors.joining(", "));
    }

    private void addFilters(Filters filters, List<String> where, Map<String, Object> params) {
        anyOf("from", filters.from(), where, params);
        anyOf("in", filters.in(), where, params);
        anyOf("server", filters.servers(), where, params);
        if (!filters.mentions().isEmpty()) {
            where.add(filterColumns.get("mentions") + " && CAST(:mentions AS bigint[])");
            params.put("mentions", array(filters.mentions()));
        }
        if (filters.hasMask() != 0) {
            where.add("(" + alias + ".has_flags & :has) = :has");
            params.put("has", filters.hasMask());
        }
        if (filters.before() != null) {
            where.add(alias + ".created_at < :createdBefore");
            params.put("createdBefore", Timestamp.from(filters.before()));
        }
        if (filters.after() != null) {
            where.add(alias + ".created_at >= :createdAfter");
            params.put("createdAfter", Timestamp.from(filters.after()));
        }
        if (filters.pinned() != null) {
            where.add(filterColumns.get("pinned") + " = :pinned");
            params.put("pinned", filters.pinned());
        }
    }

    private void anyOf(String filter, List<Long> ids, List<String> where, Map<String, Object> params) {
        if (!ids.isEmpty()) {
            where.add(filterColumns.get(filter) + " = ANY(CAST(:" + filter + " AS bigint[]))");
            params.put(filter, array(ids));
        }
    }

    /** The author of a row: its {@code idColumn} with the {@code username} and {@code display_name} joined to it. */
    public static Person person(ResultSet rs, String idColumn) throws SQLException {
        return new Person(Ids.format(rs.getLong(idColumn)), rs.getString("username"), rs.getString("display_name"));
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** The row's {@code headline} as the API shows it. */
    public static String highlight(ResultSet rs) throws SQLException {
        return Highlights.render(rs.getString("headline"));
    }

    /** A PostgreSQL array literal of ids, bound as one parameter (a list would expand into one per id). */
    public static String array(Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }
}
