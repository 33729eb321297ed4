package com.xcord.search.people;

import com.xcord.search.query.Hit;
import com.xcord.search.query.SearchQuery;
import com.xcord.search.query.SearchType;
import com.xcord.search.query.Sort;
import com.xcord.search.query.TypeSearcher;
import com.xcord.search.query.Usernames;
import com.xcord.search.text.Folding;
import com.xcord.search.text.Highlights;
import com.xcord.servicekit.id.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.OptionalLong;

/**
 * Typo-tolerant people search: trigram word similarity of the folded query against the folded username and display
 * name ({@code alce} finds {@code alice}, {@code ipek} finds {@code İpek}), threshold
 * {@code pg_trgm.word_similarity_threshold} (0.3, set on every connection), served by a GIN trigram index. Someone who
 * blocked the caller is not found by them.
 */
@Component
class UserSearcher implements TypeSearcher, Usernames {

    private final JdbcClient jdbc;

    UserSearcher(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public SearchType type() {
        return SearchType.USER;
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
                        SELECT u.id, u.username, u.display_name, word_similarity(:folded, u.folded_name) AS score
                          FROM indexed_user u
                         WHERE :folded <% u.folded_name
                           AND (CAST(:before AS bigint) IS NULL OR u.id < :before)
                           AND NOT EXISTS (SELECT 1 FROM user_edge b WHERE b.user_id = u.id AND b.target_id = :caller
                                              AND b.kind = 'block' AND b.active)
                         ORDER BY """ + (recent ? " u.id DESC" : " score DESC, u.id DESC") + " LIMIT :fetch")
                .param("folded", folded)
                .param("before", recent ? query.before() : null)
                .param("caller", query.caller())
                .param("fetch", query.fetchSize())
                .query((rs, row) -> {
                    long id = rs.getLong("id");
                    String displayName = rs.getString("display_name");
                    String username = rs.getString("username");
                    return new Hit(id, rs.getDouble("score"), new UserItem(SearchType.USER.wireName(), Ids.format(id),
                            username, displayName,
                            Highlights.render(displayName == null ? username : displayName)));
                })
                .list();
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
