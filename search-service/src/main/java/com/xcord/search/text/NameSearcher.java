package com.xcord.search.text;

import com.xcord.search.query.Hit;
import com.xcord.search.query.SearchItem;
import com.xcord.search.query.SearchQuery;
import com.xcord.search.query.Sort;
import com.xcord.search.query.TypeSearcher;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Typo-tolerant search of names (people, servers): trigram word similarity of the folded query against a
 * {@code folded_name} column ({@code alce} finds {@code alice}, {@code ipek} finds {@code İpek}), served by its GIN
 * trigram index; {@code pg_trgm.word_similarity_threshold} is 0.3 on every connection (application.yml). A subclass
 * gives the table, aliased {@code n}, with its access rule.
 */
public abstract class NameSearcher implements TypeSearcher {

    private final JdbcClient jdbc;

    protected NameSearcher(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The columns the item needs, of alias {@code n}. */
    protected abstract String columns();

    /** {@code FROM <table> n … WHERE <who may find it>} ({@code :caller} is the searching user). */
    protected abstract String from();

    protected abstract SearchItem item(ResultSet row) throws SQLException;

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
        return jdbc.sql("SELECT " + columns() + ", word_similarity(:folded, n.folded_name) AS score " + from()
                        + " AND :folded <% n.folded_name AND (CAST(:before AS bigint) IS NULL OR n.id < :before)"
                        + " ORDER BY " + (recent ? "n.id DESC" : "score DESC, n.id DESC") + " LIMIT :fetch")
                .param("folded", folded)
                .param("before", recent ? query.before() : null)
                .param("caller", query.caller())
                .param("fetch", query.fetchSize())
                .query((rs, row) -> new Hit(rs.getLong("id"), rs.getDouble("score"), item(rs)))
                .list();
    }
}
