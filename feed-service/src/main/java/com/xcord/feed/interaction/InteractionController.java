package com.xcord.feed.interaction;

import com.xcord.feed.post.PostView;
import com.xcord.feed.post.PostViews;
import com.xcord.servicekit.id.Ids;
import com.xcord.servicekit.openapi.ProblemResponse;
import com.xcord.servicekit.security.CurrentUser;
import com.xcord.servicekit.web.BadRequestException;
import com.xcord.servicekit.web.CursorPage;
import com.xcord.servicekit.web.PageQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
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
@Tag(name = "Interactions", description = "Likes, reposts and bookmarks.")
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

    @Operation(operationId = "likePost", summary = "Like a post",
            description = "Idempotent: liking again changes nothing. "
                    + "Answers the post as the caller now sees it.")
    @ProblemResponse(status = HttpStatus.NOT_FOUND,
            description = "The post does not exist, is deleted or is not visible to the caller")
    @PostMapping("/api/v1/posts/{id}/like")
    PostView like(CurrentUser me, @PathVariable String id) {
        return interactions.add(me.id(), Ids.parse(id), Kind.LIKE);
    }

    @Operation(operationId = "unlikePost", summary = "Unlike a post",
            description = "Idempotent: undoing what is not there changes nothing. Answers the post as the caller "
                    + "now sees it.")
    @ProblemResponse(status = HttpStatus.NOT_FOUND,
            description = "The post does not exist, is deleted or is not visible to the caller")
    @DeleteMapping("/api/v1/posts/{id}/like")
    PostView unlike(CurrentUser me, @PathVariable String id) {
        return interactions.remove(me.id(), Ids.parse(id), Kind.LIKE);
    }

    @Operation(operationId = "repostPost", summary = "Repost a post",
            description = "Idempotent: reposting again changes nothing. "
                    + "Answers the post as the caller now sees it.")
    @ProblemResponse(status = HttpStatus.NOT_FOUND,
            description = "The post does not exist, is deleted or is not visible to the caller")
    @PostMapping("/api/v1/posts/{id}/repost")
    PostView repost(CurrentUser me, @PathVariable String id) {
        return interactions.add(me.id(), Ids.parse(id), Kind.REPOST);
    }

    @Operation(operationId = "unrepostPost", summary = "Undo the repost of a post",
            description = "Idempotent: undoing what is not there changes nothing. Answers the post as the caller "
                    + "now sees it.")
    @ProblemResponse(status = HttpStatus.NOT_FOUND,
            description = "The post does not exist, is deleted or is not visible to the caller")
    @DeleteMapping("/api/v1/posts/{id}/repost")
    PostView unrepost(CurrentUser me, @PathVariable String id) {
        return interactions.remove(me.id(), Ids.parse(id), Kind.REPOST);
    }

    @Operation(operationId = "bookmarkPost", summary = "Bookmark a post",
            description = "Idempotent: bookmarking again changes nothing. "
                    + "Answers the post as the caller now sees it.")
    @ProblemResponse(status = HttpStatus.NOT_FOUND,
            description = "The post does not exist, is deleted or is not visible to the caller")
    @PostMapping("/api/v1/posts/{id}/bookmark")
    PostView bookmark(CurrentUser me, @PathVariable String id) {
        return interactions.add(me.id(), Ids.parse(id), Kind.BOOKMARK);
    }

    @Operation(operationId = "unbookmarkPost", summary = "Remove the bookmark of a post",
            description = "Idempotent: undoing what is not there changes nothing. Answers the post as the caller "
                    + "now sees it.")
    @ProblemResponse(status = HttpStatus.NOT_FOUND,
            description = "The post does not exist, is deleted or is not visible to the caller")
    @DeleteMapping("/api/v1/posts/{id}/bookmark")
    PostView unbookmark(CurrentUser me, @PathVariable String id) {
        return interactions.remove(me.id(), Ids.parse(id), Kind.BOOKMARK);
    }

    /** The caller's bookmarks, newest first; {@code nextCursor} goes in {@code before}. */
    @Operation(operationId = "listBookmarks", summary = "List my bookmarks",
            description = "Newest first; `nextCursor` goes in `before` (no `after` or `around`).")
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
