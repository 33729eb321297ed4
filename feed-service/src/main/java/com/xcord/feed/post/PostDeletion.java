package com.xcord.feed.post;

import com.xcord.servicekit.web.ForbiddenException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Deletes a post: only its author; it becomes a "post deleted" placeholder that keeps its replies. */
@Service
class PostDeletion {

    private final PostRepository posts;
    private final PostEvents events;

    PostDeletion(PostRepository posts, PostEvents events) {
        this.posts = posts;
        this.events = events;
    }

    @Transactional
    void delete(long me, long postId) {
        PostRow post = posts.lockVisible(postId, me).filter(p -> !p.deleted()).orElseThrow(PostAccess::notFound);
        if (post.authorId() != me) {
            throw new ForbiddenException("only the author may delete a post");
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        posts.tombstone(postId, now);
        events.deleted(postId, me, now);
    }
}
