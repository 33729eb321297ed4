package com.xcord.feed.timeline;

import com.xcord.feed.audience.KnownUsers;
import com.xcord.feed.post.PostView;
import com.xcord.feed.post.PostViews;
import com.xcord.servicekit.id.Ids;
import com.xcord.servicekit.openapi.ProblemResponse;
import com.xcord.servicekit.security.CurrentUser;
import com.xcord.servicekit.web.BadRequestException;
import com.xcord.servicekit.web.CursorPage;
import com.xcord.servicekit.web.NotFoundException;
import com.xcord.servicekit.web.PageQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.List;

/** The home timeline and a user's profile timeline, newest first; {@code nextCursor} goes in {@code before}. */
@Tag(name = "Timelines", description = "The home feed and a user's posts, newest first; `nextCursor` goes in `before`.")
@RestController
class TimelineController {

    private final TimelineRepository timelines;
    private final PostViews views;
    private final KnownUsers users;

    TimelineController(TimelineRepository timelines, PostViews views, KnownUsers users) {
        this.timelines = timelines;
        this.views = views;
        this.users = users;
    }

    @Operation(operationId = "getFeed", summary = "Read my home feed",
            description = "Posts and reposts of the people and servers the caller follows; `filter` is `all` "
                    + "(default), `friends` or `servers`. Only `before` pages.")
    @GetMapping("/api/v1/feed")
    CursorPage<FeedItem> feed(CurrentUser me, @RequestParam(defaultValue = "all") String filter, PageQuery page) {
        FeedFilter which = FeedFilter.fromWireName(filter)
                .orElseThrow(() -> BadRequestException.field("filter", "must be one of all, friends, servers"));
        beforeOnly(page);
        return page(me.id(), timelines.feed(me.id(), which, page.before(), page.fetchSize()), page.limit());
    }

    /** What a user posted and reposted ({@code replies=true} adds their replies); 404 if a block stands between. */
    @Operation(operationId = "listUserPosts", summary = "List a user's posts",
            description = "What the user posted and reposted; `replies=true` adds their replies. Only `before` pages.")
    @ProblemResponse(status = HttpStatus.NOT_FOUND, description = "A block stands between the caller and the user")
    @GetMapping("/api/v1/users/{id}/posts")
    CursorPage<FeedItem> ofUser(CurrentUser me, @PathVariable String id,
            @RequestParam(defaultValue = "false") String replies, PageQuery page) {
        long userId = Ids.parse(id);
        if (!replies.equals("true") && !replies.equals("false")) {
            throw BadRequestException.field("replies", "must be true or false");
        }
        beforeOnly(page);
        if (userId != me.id() && users.blockedEitherWay(me.id(), userId)) {
            throw new NotFoundException("user not found");
        }
        return page(me.id(), timelines.ofUser(me.id(), userId, Boolean.parseBoolean(replies), page.before(),
                page.fetchSize()), page.limit());
    }

    private CursorPage<FeedItem> page(long viewer, List<TimelineRepository.Entry> entries, int limit) {
        List<PostView> posts = views.of(viewer, entries.stream().map(TimelineRepository.Entry::postId).toList());
        List<FeedItem> items = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            TimelineRepository.Entry e = entries.get(i);
            boolean repost = e.kind().equals("REPOST");
            items.add(new FeedItem(Ids.format(e.id()), repost ? "repost" : "post",
                    repost ? new PostView.Author(Ids.format(e.actorId()), e.actorUsername(), e.actorDisplayName())
                            : null,
                    posts.get(i)));
        }
        return CursorPage.of(items, limit, item -> Long.parseLong(item.id()));
    }

    private static void beforeOnly(PageQuery page) {
        if (page.after() != null || page.around() != null) {
            throw new BadRequestException("Only before is supported here");
        }
    }
}
