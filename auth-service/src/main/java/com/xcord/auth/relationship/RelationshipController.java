package com.xcord.auth.relationship;

import com.xcord.auth.relationship.RelationshipChanges.Intent;
import com.xcord.auth.relationship.RelationshipChanges.Removal;
import com.xcord.servicekit.id.Ids;
import com.xcord.servicekit.security.CurrentUser;
import com.xcord.servicekit.web.BadRequestException;
import com.xcord.servicekit.web.CursorPage;
import com.xcord.servicekit.web.PageQuery;
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

    @GetMapping
    CursorPage<RelationshipView> list(CurrentUser me, @RequestParam(required = false) String type, PageQuery page) {
        Optional<RelationshipType> filter = Optional.ofNullable(type).map(RelationshipController::listType);
        return listing.list(me.id(), filter, page);
    }

    @PutMapping("/{userId}")
    RelationshipView put(CurrentUser me, @PathVariable String userId, @RequestBody PutRelationshipRequest body) {
        long them = Ids.parse(userId);
        Intent intent = parse(Intent.class, body == null ? null : body.type(), "type");
        return changes.put(me.id(), them, intent);
    }

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
