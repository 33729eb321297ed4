package com.xcord.feed.post;

import com.xcord.events.feed.FeedEvents;
import com.xcord.events.feed.PostDeleted;
import com.xcord.servicekit.id.Ids;
import com.xcord.servicekit.outbox.Outbox;
import com.xcord.servicekit.web.ForbiddenException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Deletes a post: only its author; it becomes a "post deleted" placeholder that keeps its replies. */
@Service
class PostDeletion {

    private final PostRepository posts;
    private final Outbox outbox;

    PostDeletion(PostRepository posts, Outbox outbox) {
        this.posts = posts;
        this.outbox = outbox;
    }

    @Transactional
    void delete(long me, long postId) {
        PostRow post = posts.lockVisible(postId, me).filter(p -> !p.deleted()).orElseThrow(PostAccess::notFound);
        if (post.authorId() != me) {
            throw new ForbiddenException("only the author may delete a post");
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        posts.tombstone(postId, now);
        outbox.publish(FeedEvents.POST_DELETED, Ids.format(postId),
                new PostDeleted(Ids.format(postId), Ids.format(me), now));
    }
}
