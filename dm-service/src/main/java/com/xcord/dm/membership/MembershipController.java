package com.xcord.dm.membership;

import com.xcord.dm.conversation.GroupNames;
import com.xcord.servicekit.id.Ids;
import com.xcord.servicekit.openapi.ProblemResponse;
import com.xcord.servicekit.security.CurrentUser;
import com.xcord.servicekit.web.BadRequestException;
import com.xcord.servicekit.web.FieldViolation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/** Group membership, name and icon. Successful changes answer 204; read the conversation for its new state. */
@Tag(name = "Group membership",
        description = "A group's participants, name and icon. Changes answer 204: read the conversation for its new "
                + "state.")
@RestController
@RequestMapping("/api/v1/dm/conversations/{id}")
class MembershipController {

    private final Membership membership;

    MembershipController(Membership membership) {
        this.membership = membership;
    }

    record AddParticipantRequest(String userId) {
    }

    @Operation(operationId = "addParticipant", summary = "Add someone to a group",
            description = "Only the group's owner adds participants. A 1:1 has no members to change (400).")
    @ProblemResponse(status = HttpStatus.FORBIDDEN,
            description = "The caller is not the owner, or a block stands between the owner and the user")
    @ProblemResponse(status = HttpStatus.NOT_FOUND,
            description = "The conversation does not exist or the caller is not in it")
    @ProblemResponse(status = HttpStatus.CONFLICT,
            description = "The user is already in the group, or the group is full")
    @PostMapping("/participants")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void add(CurrentUser me, @PathVariable String id, @RequestBody AddParticipantRequest body) {
        long conversationId = Ids.parse(id);
        if (body.userId() == null) {
            throw BadRequestException.field("userId", "must be a user id");
        }
        long userId;
        try {
            userId = Ids.parse(body.userId());
        } catch (BadRequestException e) {
            throw BadRequestException.field("userId", "must be a user id");
        }
        membership.add(me.id(), conversationId, userId);
    }

    /** Leave (your own id) or remove someone (owner only). */
    @Operation(operationId = "removeParticipant", summary = "Leave a group or remove someone from it",
            description = "Your own id leaves; the owner removes others. When the owner leaves, the longest-standing "
                    + "participant inherits the group.")
    @ProblemResponse(status = HttpStatus.FORBIDDEN,
            description = "The caller is not the owner and the user is someone else")
    @ProblemResponse(status = HttpStatus.NOT_FOUND,
            description = "The conversation is not the caller's, or the user is not in it")
    @DeleteMapping("/participants/{userId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(CurrentUser me, @PathVariable String id, @PathVariable String userId) {
        membership.remove(me.id(), Ids.parse(id), Ids.parse(userId));
    }

    /**
     * {@code {name?, iconMediaId?}}: an absent field stays, {@code null} clears it; at least one
     * must be there.
     */
    @Operation(operationId = "updateGroup", summary = "Rename a group or change its icon",
            description = "`{name?, iconMediaId?}`: an absent field stays, `null` clears it; at least one must be "
                    + "there. A 1:1 has no name (400).")
    @ProblemResponse(status = HttpStatus.NOT_FOUND,
            description = "The conversation does not exist or the caller is not in it")
    @PatchMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void describe(CurrentUser me, @PathVariable String id, @RequestBody JsonNode body) {
        long conversationId = Ids.parse(id);
        if (!body.isObject() || (!body.has("name") && !body.has("iconMediaId"))) {
            throw new BadRequestException("Send name and/or iconMediaId", List.of(
                    new FieldViolation("name", "name or iconMediaId is required")));
        }
        List<FieldViolation> errors = new ArrayList<>();
        String name = body.has("name") ? GroupNames.normalize(text(body.get("name"), "name", errors), errors) : null;
        Long icon = body.has("iconMediaId")
                ? GroupNames.iconMediaId(text(body.get("iconMediaId"), "iconMediaId", errors), errors) : null;
        if (!errors.isEmpty()) {
            throw new BadRequestException("Invalid conversation", errors);
        }
        membership.describe(me.id(), conversationId,
                new GroupChanges(body.has("name"), name, body.has("iconMediaId"), icon));
    }

    private static String text(JsonNode value, String field, List<FieldViolation> errors) {
        if (value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            errors.add(new FieldViolation(field, "must be a string or null"));
            return null;
        }
        return value.asString();
    }
}
