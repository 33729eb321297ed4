package com.xcord.search.api;

import com.xcord.search.query.SearchIndex;
import com.xcord.search.query.SearchItem;
import com.xcord.search.query.SearchType;
import com.xcord.servicekit.security.CurrentUser;
import com.xcord.servicekit.web.CursorPage;
import com.xcord.servicekit.web.PageQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.EnumSet;
import java.util.Set;

/** The three views of one engine: everything, everything but DMs, DMs. */
@Tag(name = "Search", description = "Full-text search over posts, channel messages and DMs; people and servers by "
        + "name. Only what the caller may see now is ever found.")
@RestController
@RequestMapping("/api/v1/search")
class SearchController {

    private static final String Q = "Words (\"a phrase\", -exclusion, or) and filters: from:<user id|username>, "
            + "in:<channel or conversation id>, server:<id>, has:link|image|file|video, mentions:<user id|username>, "
            + "before:<date>, after:<date>, pinned:true|false. 2 to 512 characters, at most 32 words and filters.";
    private static final String SORT = "recent (default: newest first, paged with before=nextCursor) or relevance "
            + "(best first among the newest matches; one page)";
    private static final Set<SearchType> ENTITIES =
            EnumSet.of(SearchType.USER, SearchType.SERVER, SearchType.POST, SearchType.MESSAGE);

    private final SearchIndex index;
    private final SearchRequests requests;

    SearchController(SearchIndex index, SearchRequests requests) {
        this.index = index;
        this.requests = requests;
    }

    @Operation(operationId = "search", summary = "Search everything I can see",
            description = "People, servers, posts, channel messages and DMs in one list. Items carry `type` "
                    + "(user, server, post, message, dm), `id`, what a client needs to render them, and `highlight` "
                    + "(HTML-escaped, matches in `<mark>`).")
    @GetMapping
    CursorPage<SearchItem> search(CurrentUser me, @Parameter(description = Q) @RequestParam(required = false) String q,
            @Parameter(description = "user, server, post, message, dm or all (default)")
            @RequestParam(required = false) String type,
            @Parameter(description = SORT) @RequestParam(required = false) String sort, PageQuery page) {
        Set<SearchType> types = SearchRequests.types(type, EnumSet.allOf(SearchType.class));
        return index.search(requests.build(me.id(), q, types, sort, page, null));
    }

    @Operation(operationId = "searchEntities", summary = "Search people, servers, posts and channel messages")
    @GetMapping("/entities")
    CursorPage<SearchItem> entities(CurrentUser me,
            @Parameter(description = Q) @RequestParam(required = false) String q,
            @Parameter(description = "user, server, post, message or all (default)")
            @RequestParam(required = false) String type,
            @Parameter(description = SORT) @RequestParam(required = false) String sort, PageQuery page) {
        return index.search(requests.build(me.id(), q, SearchRequests.types(type, ENTITIES), sort, page, null));
    }

    @Operation(operationId = "searchDms", summary = "Search my direct messages",
            description = "Only conversations the caller takes part in; `conversationId` narrows to one.")
    @GetMapping("/dm")
    CursorPage<SearchItem> dm(CurrentUser me, @Parameter(description = Q) @RequestParam(required = false) String q,
            @RequestParam(required = false) String conversationId,
            @Parameter(description = SORT) @RequestParam(required = false) String sort, PageQuery page) {
        return index.search(requests.build(me.id(), q, EnumSet.of(SearchType.DM), sort, page,
                SearchRequests.conversationId(conversationId)));
    }
}
