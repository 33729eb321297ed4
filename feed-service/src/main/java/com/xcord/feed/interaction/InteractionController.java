package com.xcord.feed.interaction;

import com.xcord.feed.post.PostView;
import com.xcord.feed.post.PostViews;
import com.xcord.servicekit.id.Ids;
import com.xcord.servicekit.security.CurrentUser;
import com.xcord.servicekit.web.BadRequestException;
import com.xcord.servicekit.web.CursorPage;
import com.xcord.servicekit.web.PageQuery;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code POST|DELETE /posts/{id}/like|repost|bookmark} (each idempotent, answering 200 with the
 * post as the caller now sees it) and {@code GET /bookmarks}.
 */
@RestController
class InteractionController {

    /** One bookmark: its id is the page cursor. */
    record BookmarkView(String id, Instant bookmarkedAt, PostView post) {
    }

    private final Interactions interactions;
    private final InteractionRepository repository;
    private final PostViews views;

    InteractionController(Interactions interactions, InteractionRepository repository, PostViews views) {
        this.interactions = interactions;
        this.repository = repository;
        this.views = views;
    }

    @PostMapping("/api/v1/posts/{id}/like")
    PostView like(CurrentUser me, @PathVariable String id) {
        return interactions.add(me.id(), Ids.parse(id), Kind.LIKE);
    }

    @DeleteMapping("/api/v1/posts/{id}/like")
    PostView unlike(CurrentUser me, @PathVariable String id) {
        return interactions.remove(me.id(), Ids.parse(id), Kind.LIKE);
    }

    @PostMapping("/api/v1/posts/{id}/repost")
    PostView repost(CurrentUser me, @PathVariable String id) {
        return interactions.add(me.id(), Ids.parse(id), Kind.REPOST);
    }

    @DeleteMapping("/api/v1/posts/{id}/repost")
    PostView unrepost(CurrentUser me, @PathVariable String id) {
        return interactions.remove(me.id(), Ids.parse(id), Kind.REPOST);
    }

    @PostMapping("/api/v1/posts/{id}/bookmark")
    PostView bookmark(CurrentUser me, @PathVariable String id) {
        return interactions.add(me.id(), Ids.parse(id), Kind.BOOKMARK);
    }

    @DeleteMapping("/api/v1/posts/{id}/bookmark")
    PostView unbookmark(CurrentUser me, @PathVariable String id) {
        return interactions.remove(me.id(), Ids.parse(id), Kind.BOOKMARK);
    }

    /** The caller's bookmarks, newest first; {@code nextCursor} goes in {@code before}. */
    @GetMapping("/api/v1/bookmarks")
    CursorPage<BookmarkView> bookmarks(CurrentUser me, PageQuery page) {
        if (page.after() != null || page.around() != null) {
            throw new BadRequestException("Only before is supported here");
        }
        List<InteractionRepository.Bookmark> rows = repository.bookmarks(me.id(), page.before(), page.fetchSize());
        List<PostView> posts = views.of(me.id(), rows.stream().map(InteractionRepository.Bookmark::postId).toList());
        List<BookmarkView> items = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            items.add(new BookmarkView(Ids.format(rows.get(i).id()), rows.get(i).createdAt(), posts.get(i)));
        }
        return CursorPage.of(items, page.limit(), b -> Long.parseLong(b.id()));
    }
}
