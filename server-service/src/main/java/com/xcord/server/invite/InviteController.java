package com.xcord.server.invite;

import com.xcord.server.invite.InviteRequests.CreateInvite;
import com.xcord.server.invite.InviteViews.Accepted;
import com.xcord.server.invite.InviteViews.InvitePreview;
import com.xcord.server.invite.InviteViews.InviteView;
import com.xcord.servicekit.id.Ids;
import com.xcord.servicekit.openapi.ProblemResponse;
import com.xcord.servicekit.security.CurrentUser;
import jakarta.validation.Valid;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Invite codes. */
@Tag(name = "Invites", description = "Invite codes: create, preview, accept, revoke.")
@RestController
class InviteController {

    private final InviteChanges changes;

    InviteController(InviteChanges changes) {
        this.changes = changes;
    }

    @Operation(operationId = "createInvite", summary = "Create an invite",
            description = "Optional `{maxUses, maxAgeSeconds}`. Needs CREATE_INVITE.")
    @ProblemResponse(status = HttpStatus.FORBIDDEN, description = "The caller lacks CREATE_INVITE")
    @ProblemResponse(status = HttpStatus.NOT_FOUND,
            description = "The server does not exist or the caller is not a member")
    @PostMapping("/api/v1/servers/{serverId}/invites")
    @ResponseStatus(HttpStatus.CREATED)
    InviteView create(CurrentUser me, @PathVariable String serverId,
            @Valid @RequestBody(required = false) CreateInvite body) {
        return changes.create(me.id(), Ids.parse(serverId), body);
    }

    @Operation(operationId = "getInvite", summary = "Preview an invite")
    @ProblemResponse(status = HttpStatus.NOT_FOUND, description = "The code is unknown, expired, used up or revoked")
    @GetMapping("/api/v1/invites/{code}")
    InvitePreview preview(CurrentUser me, @PathVariable String code) {
        return changes.preview(code);
    }

    @Operation(operationId = "acceptInvite", summary = "Join a server with an invite",
            description = "A member accepting again changes nothing and uses nothing up (`joined: false`).")
    @ProblemResponse(status = HttpStatus.FORBIDDEN, description = "The caller is banned from the server")
    @ProblemResponse(status = HttpStatus.NOT_FOUND, description = "The code is unknown, expired, used up or revoked")
    @PostMapping("/api/v1/invites/{code}/accept")
    Accepted accept(CurrentUser me, @PathVariable String code) {
        return changes.accept(me.id(), code);
    }

    @Operation(operationId = "revokeInvite", summary = "Revoke an invite",
            description = "Its creator, or anyone with MANAGE_SERVER.")
    @ProblemResponse(status = HttpStatus.FORBIDDEN,
            description = "The caller neither created the invite nor has MANAGE_SERVER")
    @ProblemResponse(status = HttpStatus.NOT_FOUND, description = "The code is unknown, expired, used up or revoked")
    @DeleteMapping("/api/v1/invites/{code}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(CurrentUser me, @PathVariable String code) {
        changes.revoke(me.id(), code);
    }
}
