package com.xcord.server.member;

import com.xcord.permissions.Permissions;
import com.xcord.server.access.Access;
import com.xcord.server.access.RoleInfo;
import com.xcord.server.access.ServerAccess;
import com.xcord.server.member.MemberRequests.BanRequest;
import com.xcord.server.member.MemberRequests.UpdateMember;
import com.xcord.server.support.Clock;
import com.xcord.server.support.Patch;
import com.xcord.server.user.UserLookup;
import com.xcord.servicekit.web.CursorPage;
import com.xcord.servicekit.web.NotFoundException;
import com.xcord.servicekit.web.PageQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.Optional;

/**
 * Listing members; leaving, kicking, banning; nicknames and role assignments: the permission
 * bits here, the hierarchy rules in {@link Member} and {@link Ban}.
 */
@Service
class MemberChanges {

    private final Members members;
    private final MemberEvents events;
    private final ServerAccess access;
    private final UserLookup users;

    MemberChanges(Members members, MemberEvents events, ServerAccess access, UserLookup users) {
        this.members = members;
        this.events = events;
        this.access = access;
        this.users = users;
    }

    @Transactional(readOnly = true)
    CursorPage<MemberView> list(long userId, long serverId, PageQuery page) {
        access.member(serverId, userId);
        return CursorPage.of(members.page(serverId, page).stream().map(MemberView::of).toList(), page.limit(),
                m -> Long.parseLong(m.userId()));
    }

    @Transactional(readOnly = true)
    MemberView get(long userId, long serverId, long targetId) {
        access.member(serverId, userId);
        return MemberView.of(find(serverId, targetId));
    }

    /** Leave (yourself) or kick (someone else: KICK_MEMBERS and a higher top role). */
    @Transactional
    void remove(long userId, long serverId, long targetId) {
        Access caller = access.member(serverId, userId);
        Instant now = Clock.now();
        if (targetId == userId) {
            members.lock(serverId, userId);
            Optional<Member> self = members.find(serverId, userId);
            if (self.isPresent()) {
                self.get().requireMayLeave(caller);
                members.remove(serverId, userId);
                events.left(serverId, userId, now);
            }
            return;
        }
        caller.require(Permissions.KICK_MEMBERS);
        members.lock(serverId, targetId);
        Member target = find(serverId, targetId);
        target.requireOutrankedBy(caller);
        members.remove(serverId, targetId);
        events.kicked(target, userId, now);
    }

    /** Sets the nickname: your own with CHANGE_NICKNAME, someone else's with MANAGE_NICKNAMES. */
    @Transactional
    MemberView update(long userId, long serverId, long targetId, Patch<UpdateMember> patch) {
        Access caller = access.member(serverId, userId);
        caller.require(targetId == userId ? Permissions.CHANGE_NICKNAME : Permissions.MANAGE_NICKNAMES);
        Member member = find(serverId, targetId);
        member.update(patch, caller);
        if (patch.has("nickname")) {
            members.saveNickname(member);
        }
        events.updated(member, Clock.now());
        return MemberView.of(member);
    }

    /** Gives a role: MANAGE_ROLES, and the role must be below the caller's highest. */
    @Transactional
    void addRole(long userId, long serverId, long targetId, long roleId) {
        Access caller = access.member(serverId, userId).require(Permissions.MANAGE_ROLES);
        RoleInfo role = role(caller, roleId);
        Member member = find(serverId, targetId);
        if (member.grant(role, caller)) {
            members.saveGrant(member, role.id());
            events.updated(member, Clock.now());
        }
    }

    @Transactional
    void removeRole(long userId, long serverId, long targetId, long roleId) {
        Access caller = access.member(serverId, userId).require(Permissions.MANAGE_ROLES);
        RoleInfo role = role(caller, roleId);
        Member member = find(serverId, targetId);
        if (member.revoke(role, caller)) {
            members.saveRevoke(member, role.id());
            events.updated(member, Clock.now());
        }
    }

    /**
     * Bans a user (member or not): BAN_MEMBERS, and a member must rank below the caller. A
     * non-member must be a user auth-service announced (404 otherwise); a member is always
     * bannable, however far the user projection lags.
     */
    @Transactional
    void ban(long userId, long serverId, long targetId, BanRequest request) {
        Access caller = access.member(serverId, userId).require(Permissions.BAN_MEMBERS);
        members.lock(serverId, targetId);
        Optional<Member> member = members.find(serverId, targetId);
        if (member.isEmpty() && !users.isKnown(targetId)) {
            throw new NotFoundException("User not found");
        }
        Ban ban = Ban.impose(serverId, targetId, member, caller, request == null ? null : request.reason(),
                Clock.now());
        members.save(ban);
        boolean wasMember = members.remove(serverId, targetId);
        events.banned(ban, wasMember);
    }

    @Transactional
    void unban(long userId, long serverId, long targetId) {
        access.member(serverId, userId).require(Permissions.BAN_MEMBERS);
        if (!members.unban(serverId, targetId)) {
            throw new NotFoundException("Ban not found");
        }
        events.unbanned(serverId, targetId, userId, Clock.now());
    }

    @Transactional(readOnly = true)
    CursorPage<BanView> bans(long userId, long serverId, PageQuery page) {
        access.member(serverId, userId).require(Permissions.BAN_MEMBERS);
        return CursorPage.of(members.bans(serverId, page).stream().map(BanView::of).toList(), page.limit(),
                b -> Long.parseLong(b.userId()));
    }

    private static RoleInfo role(Access caller, long roleId) {
        return caller.role(roleId).orElseThrow(() -> new NotFoundException("Role not found"));
    }

    private Member find(long serverId, long userId) {
        return members.find(serverId, userId).orElseThrow(() -> new NotFoundException("Member not found"));
    }
}
