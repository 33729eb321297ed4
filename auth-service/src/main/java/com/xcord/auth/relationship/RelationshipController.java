package com.xcord.auth.relationship;

import com.xcord.auth.relationship.RelationshipChanges.Intent;
import com.xcord.auth.relationship.RelationshipChanges.Removal;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Friends, friend requests, follows and blocks of the caller. */
@Tag(name = "Relationships", description = "The caller's friends, friend requests, follows and blocks.")
@RestController
@RequestMapping("/api/v1/relationships")
class RelationshipController {

    private final RelationshipListing listing;
    private final RelationshipChanges changes;

    RelationshipController(RelationshipListing listing, RelationshipChanges changes) {
        this.listing = listing;
        this.changes = changes;
    }

    /** The request body of {@code PUT /relationships/{userId}}. */
    record PutRelationshipRequest(String type) {
    }

    @Operation(operationId = "listRelationships", summary = "List my relationships",
            description = "`type` filters by one kind (`friend`, `follower`, ...).")
    @GetMapping
    CursorPage<RelationshipView> list(CurrentUser me, @RequestParam(required = false) String type, PageQuery page) {
        Optional<RelationshipType> filter = Optional.ofNullable(type).map(RelationshipController::listType);
        return listing.list(me.id(), filter, page);
    }

    @Operation(operationId = "putRelationship", summary = "Befriend, follow or block someone",
            description = "`type`: `friend` sends a request, accepted when the other side sends `friend` too; "
                    + "`follow`; `block`. Repeating a PUT changes nothing.")
    @ProblemResponse(status = HttpStatus.FORBIDDEN,
            description = "A block stands between the two users (whoever blocked whom)")
    @ProblemResponse(status = HttpStatus.NOT_FOUND, description = "No such user")
    @PutMapping("/{userId}")
    RelationshipView put(CurrentUser me, @PathVariable String userId, @RequestBody PutRelationshipRequest body) {
        long them = Ids.parse(userId);
        Intent intent = parse(Intent.class, body == null ? null : body.type(), "type");
        return changes.put(me.id(), them, intent);
    }

    @Operation(operationId = "deleteRelationship", summary = "Unfriend, unfollow, unblock or decline",
            description = "`type` says which relationship with this user ends.")
    @ProblemResponse(status = HttpStatus.NOT_FOUND, description = "No such user, or no such relationship with them")
    @DeleteMapping("/{userId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(CurrentUser me, @PathVariable String userId, @RequestParam(required = false) String type) {
        long them = Ids.parse(userId);
        changes.delete(me.id(), them, parse(Removal.class, type, "type"));
    }

    private static RelationshipType listType(String raw) {
        return RelationshipType.fromWireName(raw).orElseThrow(() -> invalid("type", Arrays.stream(
                RelationshipType.values()).map(RelationshipType::wireName).toArray(String[]::new)));
    }

    /** Wire names are the constants in lower case ({@code friend}, {@code follower}, …). */
    private static <E extends Enum<E>> E parse(Class<E> type, String raw, String field) {
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().toLowerCase(Locale.ROOT).equals(raw))
                .findFirst()
                .orElseThrow(() -> invalid(field, Arrays.stream(type.getEnumConstants())
                        .map(e -> e.name().toLowerCase(Locale.ROOT)).toArray(String[]::new)));
    }

    private static BadRequestException invalid(String field, String... allowed) {
        return BadRequestException.field(field, "must be one of " + String.join(", ", allowed));
    }
}
