package com.xcord.search.text;

import com.xcord.search.query.Filters;
import com.xcord.search.query.Person;
import com.xcord.search.query.SearchQuery;
import com.xcord.search.query.Sort;

import com.xcord.servicekit.id.Ids;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
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

    public Statement build(String from, Map<String, Object> accessParams, SearchQuery query, int relevanceCandidates) {
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
        String score = query.hasText()
                ? "ts_rank(" + a + ".document, websearch_to_tsquery('xcord_text'::regconfig, :text))"
                : "0.0";
        String inner = "SELECT " + columns + ", " + score + " AS score " + from
                + (where.isEmpty() ? "" : " AND " + String.join(" AND ", where));
        String page;
        if (query.sort() == Sort.RECENT) {
            page = inner + " ORDER BY " + a + ".id DESC LIMIT :fetch";
        } else {
            page = "SELECT * FROM (" + inner + " ORDER BY " + a + ".id DESC LIMIT :candidates) candidate"
                    + " ORDER BY candidate.score DESC, candidate.id DESC LIMIT :fetch";
            params.put("candidates", relevanceCandidates);
        }
        params.put("fetch", query.fetchSize());
        String headline = query.hasText() ? Highlights.sql("page.content") : "NULL";
        String order = query.sort() == Sort.RECENT ? "page.id DESC" : "page.score DESC, page.id DESC";
        String sql = "SELECT page.*, " + headline + " AS headline FROM (" + page + ") page ORDER BY " + order;
        return new Statement(sql, params);
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
