package com.xcord.server.member;

import com.xcord.events.server.MemberBanned;
import com.xcord.events.server.MemberKicked;
import com.xcord.events.server.MemberLeft;
import com.xcord.events.server.MemberUnbanned;
import com.xcord.events.server.MemberUpdated;
import com.xcord.events.server.ServerEvents;
import com.xcord.server.access.Access;
import com.xcord.server.access.RoleInfo;
import com.xcord.server.access.ServerAccess;
import com.xcord.permissions.Permissions;
import com.xcord.server.support.Check;
import com.xcord.server.support.Clock;
import com.xcord.server.support.Patch;
import com.xcord.servicekit.id.Ids;
import com.xcord.servicekit.outbox.Outbox;
import com.xcord.servicekit.web.BadRequestException;
import com.xcord.servicekit.web.CursorPage;
import com.xcord.servicekit.web.ForbiddenException;
import com.xcord.servicekit.web.NotFoundException;
import com.xcord.servicekit.web.PageQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;

/** Listing members; leaving, kicking, banning; nicknames and role assignments. */
@Service
class MemberChanges {

    private final Members members;
    private final ServerAccess access;
    private final Outbox outbox;

    MemberChanges(Members members, ServerAccess access, Outbox outbox) {
        this.members = members;
        this.access = access;
        this.outbox = outbox;
    }

    record BanRequest(String reason) {
    }

    @Transactional(readOnly = true)
    CursorPage<MemberView> list(long userId, long serverId, PageQuery page) {
        access.member(serverId, userId);
        return CursorPage.of(members.page(serverId, page), page.limit(), m -> Long.parseLong(m.userId()));
    }

    @Transactional(readOnly = true)
    MemberView get(long userId, long serverId, long targetId) {
        access.member(serverId, userId);
        return members.find(serverId, targetId).orElseThrow(() -> new NotFoundException("Member not found"));
    }

    /** Leave (yourself) or kick (someone else: KICK_MEMBERS and a higher top role). */
    @Transactional
    void remove(long userId, long serverId, long targetId) {
        Access caller = access.member(serverId, userId);
        String server = Ids.format(serverId);
        Instant now = Clock.now();
        if (targetId == userId) {
            if (caller.isOwner()) {
                throw new BadRequestException("The owner cannot leave; transfer ownership or delete the server");
            }
            members.lock(serverId, userId);
            if (members.delete(serverId, userId)) {
                outbox.publish(ServerEvents.MEMBER_LEFT, server, new MemberLeft(server, Ids.format(userId), now));
            }
            return;
        }
        caller.require(Permissions.KICK_MEMBERS);
        members.lock(serverId, targetId);
        requireMember(serverId, targetId);
        requireOutranks(caller, targetId);
        members.delete(serverId, targetId);
        outbox.publish(ServerEvents.MEMBER_KICKED, server,
                new MemberKicked(server, Ids.format(targetId), Ids.format(userId), now));
    }

    /** Sets the nickname: your own with CHANGE_NICKNAME, someone else's with MANAGE_NICKNAMES. */
    @Transactional
    MemberView update(long userId, long serverId, long targetId, Patch patch) {
        Access caller = access.member(serverId, userId);
        if (targetId == userId) {
            caller.require(Permissions.CHANGE_NICKNAME);
        } else {
            caller.require(Permissions.MANAGE_NICKNAMES);
        }
        requireMember(serverId, targetId);
        if (targetId != userId) {
            requireOutranks(caller, targetId);
        }
        if (patch.has("nickname")) {
            members.setNickname(serverId, targetId, Check.optionalText("nickname", patch.text("nickname"), 32));
        }
        return publishUpdated(serverId, targetId);
    }

    /** Gives a role: MANAGE_ROLES, and the role must be below the caller's highest. */
    @Transactional
    void addRole(long userId, long serverId, long targetId, long roleId) {
        Access caller = access.member(serverId, userId).require(Permissions.MANAGE_ROLES);
        RoleInfo role = assignable(caller, roleId);
        requireMember(serverId, targetId);
        if (members.addRole(serverId, targetId, role.id())) {
            publishUpdated(serverId, targetId);
        }
    }

    @Transactional
    void removeRole(long userId, long serverId, long targetId, long roleId) {
        Access caller = access.member(serverId, userId).require(Permissions.MANAGE_ROLES);
        RoleInfo role = assignable(caller, roleId);
        requireMember(serverId, targetId);
        if (members.removeRole(serverId, targetId, role.id())) {
            publishUpdated(serverId, targetId);
        }
    }

    /** Bans a user (member or not): BAN_MEMBERS, and a member must rank below the caller. */
    @Transactional
    void ban(long userId, long serverId, long targetId, BanRequest request) {
        Access caller = access.member(serverId, userId).require(Permissions.BAN_MEMBERS);
        String reason = Check.optionalText("reason", request == null ? null : request.reason(), 512);
        if (targetId == userId) {
            throw new BadRequestException("You cannot ban yourself");
        }
        members.lock(serverId, targetId);
        requireOutranks(caller, targetId);
        Instant now = Clock.now();
        members.ban(serverId, targetId, userId, reason, now);
        boolean wasMember = members.delete(serverId, targetId);
        String server = Ids.format(serverId);
        outbox.publish(ServerEvents.MEMBER_BANNED, server,
                new MemberBanned(server, Ids.format(targetId), Ids.format(userId), reason, wasMember, now));
    }

    @Transactional
    void unban(long userId, long serverId, long targetId) {
        access.member(serverId, userId).require(Permissions.BAN_MEMBERS);
        if (!members.unban(serverId, targetId)) {
            throw new NotFoundException("Ban not found");
        }
        String server = Ids.format(serverId);
        outbox.publish(ServerEvents.MEMBER_UNBANNED, server,
                new MemberUnbanned(server, Ids.format(targetId), Ids.format(userId), Clock.now()));
    }

    @Transactional(readOnly = true)
    CursorPage<BanView> bans(long userId, long serverId, PageQuery page) {
        access.member(serverId, userId).require(Permissions.BAN_MEMBERS);
        return CursorPage.of(members.bans(serverId, page), page.limit(), b -> Long.parseLong(b.userId()));
    }

    private RoleInfo assignable(Access caller, long roleId) {
        RoleInfo role = caller.role(roleId).orElseThrow(() -> new NotFoundException("Role not found"));
        if (role.id() == caller.serverId()) {
            throw new BadRequestException("Every member has the @everyone role");
        }
        if (!caller.canManageRole(role.position())) {
            throw new ForbiddenException("You cannot assign a role at or above your highest role");
        }
        return role;
    }

    private void requireMember(long serverId, long targetId) {
        if (members.find(serverId, targetId).isEmpty()) {
            throw new NotFoundException("Member not found");
        }
    }

    private void requireOutranks(Access caller, long targetId) {
        if (!caller.outranks(targetId, access.roleIdsOf(caller.serverId(), targetId))) {
            throw new ForbiddenException("The member's highest role is at or above yours");
        }
    }

    private MemberView publishUpdated(long serverId, long targetId) {
        MemberView member = members.find(serverId, targetId).orElseThrow(() -> new NotFoundException("Member not found"));
        outbox.publish(ServerEvents.MEMBER_UPDATED, member.serverId(),
                new MemberUpdated(member.serverId(), member.userId(), member.nickname(), member.roleIds(), Clock.now()));
        return member;
    }
}
