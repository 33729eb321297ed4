package com.xcord.server.member;

import com.xcord.server.member.MemberRequests.BanRequest;
import com.xcord.server.member.MemberRequests.UpdateMember;
import com.xcord.server.support.PatchReader;
import com.xcord.servicekit.id.Ids;
import com.xcord.servicekit.security.CurrentUser;
import com.xcord.servicekit.web.CursorPage;
import com.xcord.servicekit.web.PageQuery;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Members of a server, their roles and nicknames, and bans. */
@RestController
@RequestMapping("/api/v1/servers/{serverId}")
class MemberController {

    private final MemberChanges changes;
    private final PatchReader patches;

    MemberController(MemberChanges changes, PatchReader patches) {
        this.changes = changes;
        this.patches = patches;
    }

    @GetMapping("/members")
    CursorPage<MemberView> list(CurrentUser me, @PathVariable String serverId, PageQuery page) {
        return changes.list(me.id(), Ids.parse(serverId), page);
    }

    @GetMapping("/members/{userId}")
    MemberView get(CurrentUser me, @PathVariable String serverId, @PathVariable String userId) {
        return changes.get(me.id(), Ids.parse(serverId), Ids.parse(userId));
    }

    @PatchMapping("/members/{userId}")
    MemberView update(CurrentUser me, @PathVariable String serverId, @PathVariable String userId,
            @RequestBody JsonNode body) {
        return changes.update(me.id(), Ids.parse(serverId), Ids.parse(userId), patches.read(body, UpdateMember.class));
    }

    /** Leave (your own id) or kick. */
    @DeleteMapping("/members/{userId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(CurrentUser me, @PathVariable String serverId, @PathVariable String userId) {
        changes.remove(me.id(), Ids.parse(serverId), Ids.parse(userId));
    }

    @PutMapping("/members/{userId}/roles/{roleId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void addRole(CurrentUser me, @PathVariable String serverId, @PathVariable String userId,
            @PathVariable String roleId) {
        changes.addRole(me.id(), Ids.parse(serverId), Ids.parse(userId), Ids.parse(roleId));
    }

    @DeleteMapping("/members/{userId}/roles/{roleId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeRole(CurrentUser me, @PathVariable String serverId, @PathVariable String userId,
            @PathVariable String roleId) {
        changes.removeRole(me.id(), Ids.parse(serverId), Ids.parse(userId), Ids.parse(roleId));
    }

    @GetMapping("/bans")
    CursorPage<BanView> bans(CurrentUser me, @PathVariable String serverId, PageQuery page) {
        return changes.bans(me.id(), Ids.parse(serverId), page);
    }

    @PutMapping("/bans/{userId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void ban(CurrentUser me, @PathVariable String serverId, @PathVariable String userId,
            @Valid @RequestBody(required = false) BanRequest body) {
        changes.ban(me.id(), Ids.parse(serverId), Ids.parse(userId), body);
    }

    @DeleteMapping("/bans/{userId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unban(CurrentUser me, @PathVariable String serverId, @PathVariable String userId) {
        changes.unban(me.id(), Ids.parse(serverId), Ids.parse(userId));
    }
}
