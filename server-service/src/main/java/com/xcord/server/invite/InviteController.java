package com.xcord.server.invite;

import com.xcord.server.invite.InviteRequests.CreateInvite;
import com.xcord.server.invite.InviteViews.Accepted;
import com.xcord.server.invite.InviteViews.InvitePreview;
import com.xcord.server.invite.InviteViews.InviteView;
import com.xcord.servicekit.id.Ids;
import com.xcord.servicekit.security.CurrentUser;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Invite codes. */
@RestController
class InviteController {

    private final InviteChanges changes;

    InviteController(InviteChanges changes) {
        this.changes = changes;
    }

    @PostMapping("/api/v1/servers/{serverId}/invites")
    @ResponseStatus(HttpStatus.CREATED)
    InviteView create(CurrentUser me, @PathVariable String serverId,
            @Valid @RequestBody(required = false) CreateInvite body) {
        return changes.create(me.id(), Ids.parse(serverId), body);
    }

    @GetMapping("/api/v1/invites/{code}")
    InvitePreview preview(CurrentUser me, @PathVariable String code) {
        return changes.preview(code);
    }

    @PostMapping("/api/v1/invites/{code}/accept")
    Accepted accept(CurrentUser me, @PathVariable String code) {
        return changes.accept(me.id(), code);
    }

    @DeleteMapping("/api/v1/invites/{code}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(CurrentUser me, @PathVariable String code) {
        changes.revoke(me.id(), code);
    }
}
