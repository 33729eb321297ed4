package com.xcord.feed.post;

import com.xcord.servicekit.id.Ids;
import com.xcord.servicekit.openapi.ProblemResponse;
import com.xcord.servicekit.security.CurrentUser;
import com.xcord.servicekit.web.CursorPage;
import com.xcord.servicekit.web.PageQuery;
import jakarta.validation.Valid;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

/** Writing, reading and deleting posts, and reading a post's replies. */
@Tag(name = "Posts", description = "Writing, reading and deleting posts, and reading replies.")
@RestController
@RequestMapping("/api/v1/posts")
class PostController {

    private final PostCreation creation;
    private final PostDeletion deletion;
    private final PostRepository posts;
    private final PostViews views;

    PostController(PostCreation creation, PostDeletion deletion, PostRepository posts, PostViews views) {
        this.creation = creation;
        this.deletion = deletion;
        this.posts = posts;
        this.views = views;
    }

    @Operation(operationId = "createPost", summary = "Write a post",
            description = "A reply with `replyToId`, a quote with `quoteOfId`; `visibility` is `public` (default), "
                    + "`friends` or `server` (implied by `serverId`); a reply takes its thread's.")
    @ApiResponse(responseCode = "201", description = "The new post",
            headers = @Header(name = "Location", description = "The post's URL",
                schema = @Schema(type = "string", format = "uri-reference")))
    @ProblemResponse(status = HttpStatus.NOT_FOUND,
            description = "The replied-to or quoted post, or the server, is not visible to the caller")
    @PostMapping
    ResponseEntity<PostView> create(CurrentUser me, @RequestBody(required = false) @Valid PostRequest body) {
        PostView post = creation.create(me.id(), body);
        return ResponseEntity.created(URI.create("/api/v1/posts/" + post.id())).body(post);
    }

    /** The post and its ancestors; 404 if it is deleted or the caller may not see it. */
    @Operation(operationId = "getPost", summary = "Get a post with its thread",
            description = "The post and its ancestors (`ancestors`, root first). An ancestor the caller may not see "
                    + "is `unavailable: true` with only its id.")
    @ProblemResponse(status = HttpStatus.NOT_FOUND,
            description = "The post does not exist, is deleted or is not visible to the caller")
    @GetMapping("/{id}")
    PostThread get(CurrentUser me, @PathVariable String id) {
        long postId = Ids.parse(id);
        posts.findVisible(postId, me.id()).filter(p -> !p.deleted()).orElseThrow(PostAccess::notFound);
        List<Long> ancestors = posts.ancestorIds(postId);
        List<Long> all = new java.util.ArrayList<>(ancestors);
        all.add(postId);
        List<PostView> loaded = views.of(me.id(), all);
        return new PostThread(loaded.get(loaded.size() - 1), loaded.subList(0, loaded.size() - 1));
    }

    @Operation(operationId = "deletePost", summary = "Delete my post",
            description = "Its replies stay: in threads it shows as a placeholder (`deleted: true`).")
    @ProblemResponse(status = HttpStatus.FORBIDDEN, description = "The post is someone else's")
    @ProblemResponse(status = HttpStatus.NOT_FOUND,
            description = "The post does not exist, is deleted or is not visible to the caller")
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(CurrentUser me, @PathVariable String id) {
        deletion.delete(me.id(), Ids.parse(id));
    }

    /**
     * Direct replies, oldest first ({@code nextCursor} goes in {@code after}); with
     * {@code before}, newest first. Deleted replies stay as placeholders: their own replies
     * hang off them. A deleted parent still lists its replies.
     */
    @Operation(operationId = "listReplies", summary = "List a post's replies",
            description = "Direct replies, oldest first (`nextCursor` goes in `after`); with `before`, newest first. "
                    + "Deleted replies stay as placeholders; a deleted post still lists its replies. No `around`.")
    @ProblemResponse(status = HttpStatus.NOT_FOUND,
            description = "The post does not exist, is deleted or is not visible to the caller")
    @GetMapping("/{id}/replies")
    CursorPage<PostView> replies(CurrentUser me, @PathVariable String id, PageQuery page) {
        long postId = Ids.parse(id);
        if (page.around() != null) {
            throw com.xcord.servicekit.web.BadRequestException.field("around", "is not supported here");
        }
        posts.findVisible(postId, me.id()).orElseThrow(PostAccess::notFound);
        List<Long> ids = posts.replyIds(postId, me.id(), page.after(), page.before(), page.fetchSize());
        List<PostView> rows = views.of(me.id(), ids);
        return CursorPage.of(rows, page.limit(), v -> Long.parseLong(v.id()));
    }
}
