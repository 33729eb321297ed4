package com.xcord.server.member;

import com.xcord.server.member.MemberRequests.BanRequest;
import com.xcord.server.member.MemberRequests.UpdateMember;
import com.xcord.server.support.PatchReader;
import com.xcord.servicekit.id.Ids;
import com.xcord.servicekit.openapi.ProblemResponse;
import com.xcord.servicekit.security.CurrentUser;
import com.xcord.servicekit.web.CursorPage;
import com.xcord.servicekit.web.PageQuery;
import jakarta.validation.Valid;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = "Members", description = "A server's members, their roles and nicknames, and bans.")
@RestController
@RequestMapping("/api/v1/servers/{serverId}")
class MemberController {

    private final MemberChanges changes;
    private final PatchReader patches;

    MemberController(MemberChanges changes, PatchReader patches) {
        this.changes = changes;
        this.patches = patches;
    }

    @Operation(operationId = "listMembers", summary = "List a server's members")
    @ProblemResponse(status = HttpStatus.NOT_FOUND,
            description = "The server does not exist or the caller is not a member")
    @GetMapping("/members")
    CursorPage<MemberView> list(CurrentUser me, @PathVariable String serverId, PageQuery page) {
        return changes.list(me.id(), Ids.parse(serverId), page);
    }

    @Operation(operationId = "getMember", summary = "Get a member")
    @ProblemResponse(status = HttpStatus.NOT_FOUND,
            description = "The server or member does not exist, or the caller is not a member")
    @GetMapping("/members/{userId}")
    MemberView get(CurrentUser me, @PathVariable String serverId, @PathVariable String userId) {
        return changes.get(me.id(), Ids.parse(serverId), Ids.parse(userId));
    }

    @Operation(operationId = "updateMember", summary = "Set a member's nickname",
            description = "Field: `nickname`. One's own needs CHANGE_NICKNAME, someone else's MANAGE_NICKNAMES.")
    @ProblemResponse(status = HttpStatus.FORBIDDEN,
            description = "The caller lacks the nickname permission or ranks too low")
    @ProblemResponse(status = HttpStatus.NOT_FOUND,
            description = "The server or member does not exist, or the caller is not a member")
    @PatchMapping("/members/{userId}")
    MemberView update(CurrentUser me, @PathVariable String serverId, @PathVariable String userId,
            @RequestBody JsonNode body) {
        return changes.update(me.id(), Ids.parse(serverId), Ids.parse(userId), patches.read(body, UpdateMember.class));
    }

    /** Leave (your own id) or kick. */
    @Operation(operationId = "removeMember", summary = "Leave a server or kick a member",
            description = "Your own id leaves; someone else's kicks them (KICK_MEMBERS and a higher top role).")
    @ProblemResponse(status = HttpStatus.FORBIDDEN,
            description = "The caller lacks KICK_MEMBERS or does not outrank the member")
    @ProblemResponse(status = HttpStatus.NOT_FOUND,
            description = "The server or member does not exist, or the caller is not a member")
    @DeleteMapping("/members/{userId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(CurrentUser me, @PathVariable String serverId, @PathVariable String userId) {
        changes.remove(me.id(), Ids.parse(serverId), Ids.parse(userId));
    }

    @Operation(operationId = "addMemberRole", summary = "Give a member a role",
            description = "Needs MANAGE_ROLES, and the role must be below the caller's highest.")
    @ProblemResponse(status = HttpStatus.FORBIDDEN,
            description = "The caller lacks MANAGE_ROLES or the role is not below its highest")
    @ProblemResponse(status = HttpStatus.NOT_FOUND,
            description = "The server, member or role does not exist, or the caller is not a member")
    @PutMapping("/members/{userId}/roles/{roleId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void addRole(CurrentUser me, @PathVariable String serverId, @PathVariable String userId,
            @PathVariable String roleId) {
        changes.addRole(me.id(), Ids.parse(serverId), Ids.parse(userId), Ids.parse(roleId));
    }

    @Operation(operationId = "removeMemberRole", summary = "Take a role from a member",
            description = "Needs MANAGE_ROLES, and the role must be below the caller's highest.")
    @ProblemResponse(status = HttpStatus.FORBIDDEN,
            description = "The caller lacks MANAGE_ROLES or the role is not below its highest")
    @ProblemResponse(status = HttpStatus.NOT_FOUND,
            description = "The server, member or role does not exist, or the caller is not a member")
    @DeleteMapping("/members/{userId}/roles/{roleId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeRole(CurrentUser me, @PathVariable String serverId, @PathVariable String userId,
            @PathVariable String roleId) {
        changes.removeRole(me.id(), Ids.parse(serverId), Ids.parse(userId), Ids.parse(roleId));
    }

    @Operation(operationId = "listBans", summary = "List a server's bans",
            description = "Needs BAN_MEMBERS.")
    @ProblemResponse(status = HttpStatus.FORBIDDEN, description = "The caller lacks BAN_MEMBERS")
    @ProblemResponse(status = HttpStatus.NOT_FOUND,
            description = "The server does not exist or the caller is not a member")
    @GetMapping("/bans")
    CursorPage<BanView> bans(CurrentUser me, @PathVariable String serverId, PageQuery page) {
        return changes.bans(me.id(), Ids.parse(serverId), page);
    }

    @Operation(operationId = "banUser", summary = "Ban a user",
            description = "Member or not (a user who exists); a member is removed. Needs BAN_MEMBERS, and a member "
                    + "must rank below the caller. Optional body `{reason}`.")
    @ProblemResponse(status = HttpStatus.FORBIDDEN,
            description = "The caller lacks BAN_MEMBERS or does not outrank the member")
    @ProblemResponse(status = HttpStatus.NOT_FOUND,
            description = "The server does not exist, the caller is not a member, or no user has that id")
    @PutMapping("/bans/{userId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void ban(CurrentUser me, @PathVariable String serverId, @PathVariable String userId,
            @Valid @RequestBody(required = false) BanRequest body) {
        changes.ban(me.id(), Ids.parse(serverId), Ids.parse(userId), body);
    }

    @Operation(operationId = "unbanUser", summary = "Lift a ban",
            description = "Needs BAN_MEMBERS.")
    @ProblemResponse(status = HttpStatus.FORBIDDEN, description = "The caller lacks BAN_MEMBERS")
    @ProblemResponse(status = HttpStatus.NOT_FOUND,
            description = "The server or ban does not exist, or the caller is not a member")
    @DeleteMapping("/bans/{userId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unban(CurrentUser me, @PathVariable String serverId, @PathVariable String userId) {
        changes.unban(me.id(), Ids.parse(serverId), Ids.parse(userId));
    }
}
