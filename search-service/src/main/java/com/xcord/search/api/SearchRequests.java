package com.xcord.search.api;

import com.xcord.search.SearchProperties;
import com.xcord.search.query.Filters;
import com.xcord.search.query.QueryParser;
import com.xcord.search.query.SearchQuery;
import com.xcord.search.query.SearchType;
import com.xcord.search.query.Sort;
import com.xcord.search.query.Usernames;
import com.xcord.servicekit.id.Ids;
import com.xcord.servicekit.web.BadRequestException;
import com.xcord.servicekit.web.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Turns the query parameters of the three endpoints into a {@link SearchQuery}, or a 400 naming what is wrong. */
@Component
class SearchRequests {

    private final QueryParser parser;
    private final JdbcClient jdbc;
    private final PostgresSearchIndex index;

    SearchRequests(SearchProperties properties, Usernames usernames, JdbcClient jdbc, PostgresSearchIndex index) {
        this.parser = new QueryParser(properties.maxQueryLength(), properties.maxTerms(), usernames);
        this.jdbc = jdbc;
        this.index = index;
    }

    SearchQuery build(long caller, String q, Set<SearchType> types, String sort, PageQuery page,
            Long conversationId) {
        if (page.after() != null || page.around() != null) {
            throw new BadRequestException("Search pages go back in time: use before (the previous nextCursor)");
        }
        QueryParser.Parsed parsed = parser.parse(q);
        Filters filters = parsed.filters();
        if (conversationId != null) {
            if (!filters.in().isEmpty()) {
                throw BadRequestException.field("q", "in: use conversationId or in:, not both");
            }
            filters = filters.withIn(List.of(conversationId));
        }
        if (parsed.text().isEmpty() && filters.isEmpty()) {
            throw BadRequestException.field("q", "must contain a word or a filter");
        }
        if (!parsed.text().isEmpty() && onlyExclusions(parsed.text())) {
            throw BadRequestException.field("q", "must contain a word to find, not only exclusions");
        }
        if (types.size() == 1) {
            SearchType type = types.iterator().next();
            List<String> supported = index.searcher(type).supportedFilters();
            filters.used().stream().filter(f -> !supported.contains(f)).findFirst().ifPresent(f -> {
                throw BadRequestException.field("q", f + ": does not apply to type=" + type.wireName());
            });
        }
        return new SearchQuery(caller, parsed.text(), filters, types, sort(sort), page.before(), page.limit());
    }

    /**
     * {@code -draft} alone would match every row not containing "draft": PostgreSQL's query tree of such a query is
     * {@code T} (nothing the index can look up), and it is refused instead of scanning everything.
     */
    private boolean onlyExclusions(String text) {
        String tree = jdbc.sql("SELECT querytree(websearch_to_tsquery('xcord_text'::regconfig, :text))")
                .param("text", text)
                .query(String.class)
                .single();
        return tree.isEmpty() || "T".equals(tree);
    }

    static Set<SearchType> types(String type, Set<SearchType> allowed) {
        Set<SearchType> types = SearchType.parse(type == null ? "all" : type.toLowerCase(Locale.ROOT))
                .orElseThrow(() -> BadRequestException.field("type", "must be one of "
                        + String.join(", ", allowed.stream().map(SearchType::wireName).toList()) + " or all"));
        if (types.size() > 1) {
            return EnumSet.copyOf(allowed);
        }
        if (!allowed.containsAll(types)) {
            throw BadRequestException.field("type", "must be one of "
                    + String.join(", ", allowed.stream().map(SearchType::wireName).toList()) + " or all");
        }
        return types;
    }

    static Long conversationId(String value) {
        if (value == null) {
            return null;
        }
        if (!Ids.isValid(value)) {
            throw BadRequestException.field("conversationId", "must be a conversation id");
        }
        return Ids.parse(value);
    }

    private static Sort sort(String sort) {
        if (sort == null) {
            return Sort.RECENT;
        }
        return switch (sort.toLowerCase(Locale.ROOT)) {
            case "recent" -> Sort.RECENT;
            case "relevance" -> Sort.RELEVANCE;
            default -> throw BadRequestException.field("sort", "must be recent or relevance");
        };
    }
}
