package com.xcord.feed.post;

import com.xcord.servicekit.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Other features' way to reach a post: only if it exists, is not deleted and the caller may
 * see it — otherwise 404, so nobody learns that a hidden post exists.
 */
@Component
public class PostAccess {

    /** What another feature needs to know about a post it acts on. */
    public record Target(long id, long authorId, Long serverId, boolean reply) {
    }

    private final PostRepository posts;
    private final JdbcClient jdbc;

    PostAccess(PostRepository posts, JdbcClient jdbc) {
        this.posts = posts;
        this.jdbc = jdbc;
    }

    /**
     * Locks the visible, live post for the caller's transaction (likes, reposts and deletion of
     * one post queue up on it, which keeps its counters exact).
     */
    public Target lockVisible(long viewer, long postId) {
        PostRow row = posts.lockVisible(postId, viewer).filter(p -> !p.deleted())
                .orElseThrow(PostAccess::notFound);
        return new Target(row.id(), row.authorId(), row.serverId(), row.replyToId() != null);
    }

    /** Moves a counter ({@code like_count} or {@code repost_count}) by {@code delta}. */
    public void count(long postId, Counter counter, int delta) {
        jdbc.sql("UPDATE posts SET " + counter.column + " = " + counter.column + " + :delta WHERE id = :id")
                .param("delta", delta)
                .param("id", postId)
                .update();
    }

    /** The counters kept on a post. */
    public enum Counter {
        LIKES("like_count"), REPOSTS("repost_count");

        private final String column;

        Counter(String column) {
            this.column = column;
        }
    }

    static NotFoundException notFound() {
        return new NotFoundException("post not found");
    }
}
