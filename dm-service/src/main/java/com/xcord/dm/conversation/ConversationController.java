package com.xcord.dm.conversation;

import com.xcord.servicekit.id.Ids;
import com.xcord.servicekit.openapi.ProblemResponse;
import com.xcord.servicekit.security.CurrentUser;
import com.xcord.servicekit.web.BadRequestException;
import com.xcord.servicekit.web.CursorPage;
import com.xcord.servicekit.web.FieldViolation;
import com.xcord.servicekit.web.PageQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Opening, listing and reading the caller's conversations. */
@Tag(name = "Conversations", description = "The caller's direct (1:1) and group conversations.")
@RestController
@RequestMapping("/api/v1/dm/conversations")
class ConversationController {

    private final ConversationCreation creation;
    private final ConversationListing listing;

    ConversationController(ConversationCreation creation, ConversationListing listing) {
        this.creation = creation;
        this.listing = listing;
    }

    /** {@code participantIds}: the others (the caller is always in); a {@code name} or {@code iconMediaId} makes it a group. */
    record CreateConversationRequest(List<String> participantIds, String name, String iconMediaId) {
    }

    /** 201 with a new conversation; 200 with the existing 1:1 when the pair already has one. */
    @Operation(operationId = "openConversation", summary = "Open a conversation",
            description = "`participantIds` are the others (the caller is always in); a `name` or `iconMediaId` makes "
                    + "it a group. A 1:1 with someone the caller already has one with returns that one (200).")
    @ApiResponse(responseCode = "201", description = "A new conversation")
    @ApiResponse(responseCode = "200", description = "The existing 1:1 with this person; nothing was created")
    @ProblemResponse(status = HttpStatus.FORBIDDEN, description = "A block stands between the caller and a participant")
    @PostMapping
    ResponseEntity<ConversationView> create(CurrentUser me, @RequestBody CreateConversationRequest body) {
        List<FieldViolation> errors = new ArrayList<>();
        List<Long> others = others(me.id(), body.participantIds(), errors);
        String name = GroupNames.normalize(body.name(), errors);
        Long icon = GroupNames.iconMediaId(body.iconMediaId(), errors);
        if (!errors.isEmpty()) {
            throw new BadRequestException("Invalid conversation", errors);
        }
        ConversationCreation.Result result = creation.create(me.id(), others, name, icon);
        return ResponseEntity.status(result.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(listing.one(me.id(), result.conversationId()));
    }

    @Operation(operationId = "listConversations", summary = "List my conversations",
            description = "Most recent activity first, each with its `lastMessage` and `unreadCount`; `nextCursor` "
                    + "goes in `before`.")
    @GetMapping
    CursorPage<ConversationView> list(CurrentUser me, PageQuery page) {
        return listing.list(me.id(), page);
    }

    @Operation(operationId = "getConversation", summary = "Get a conversation")
    @ProblemResponse(status = HttpStatus.NOT_FOUND,
            description = "The conversation does not exist or the caller is not in it")
    @GetMapping("/{id}")
    ConversationView get(CurrentUser me, @PathVariable String id) {
        return listing.one(me.id(), Ids.parse(id));
    }

    private static List<Long> others(long me, List<String> raw, List<FieldViolation> errors) {
        if (raw == null || raw.isEmpty()) {
            errors.add(new FieldViolation("participantIds", "must name at least one other user"));
            return List.of();
        }
        Set<Long> others = new LinkedHashSet<>();
        for (String value : raw) {
            long id;
            try {
                id = Ids.parse(value);
            } catch (BadRequestException e) {
                errors.add(new FieldViolation("participantIds", "must be user ids"));
                return List.of();
            }
            if (id != me) {
                others.add(id);
            }
        }
        if (others.isEmpty()) {
            errors.add(new FieldViolation("participantIds", "must name at least one other user"));
        }
        return List.copyOf(others);
    }
}
