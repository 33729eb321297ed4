package com.xcord.server.member;

import com.xcord.server.access.Access;
import com.xcord.server.access.RoleInfo;
import com.xcord.server.member.MemberRequests.UpdateMember;
import com.xcord.server.support.AggregateRoot;
import com.xcord.server.support.Patch;
import com.xcord.servicekit.web.BadRequestException;
import com.xcord.servicekit.web.ForbiddenException;

import java.time.Instant;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * A member of a server: their nickname and the roles they hold (besides {@code @everyone},
 * which every member holds implicitly). Acting on another member (kick, nickname, ban) needs
 * a higher top role than theirs, so nobody acts on the owner; the owner cannot leave.
 * Permission bits (KICK_MEMBERS, …) are checked by the caller before loading.
 */
@AggregateRoot
final class Member {

    private final long serverId;
    private final long userId;
    private String nickname;
    private final TreeSet<Long> roleIds;
    private final Instant joinedAt;

    Member(long serverId, long userId, String nickname, Set<Long> roleIds, Instant joinedAt) {
        this.serverId = serverId;
        this.userId = userId;
        this.nickname = nickname;
        this.roleIds = new TreeSet<>(roleIds);
        this.joinedAt = joinedAt;
    }

    static Member join(long serverId, long userId, Instant now) {
        return new Member(serverId, userId, null, Set.of(), now);
    }

    void requireMayLeave(Access self) {
        if (self.isOwner()) {
            throw new BadRequestException("The owner cannot leave; transfer ownership or delete the server");
        }
    }

    /** Kicks: only someone whose top role is above this member's (so never the owner). */
    void requireOutrankedBy(Access by) {
        if (!by.outranks(userId, roleIds)) {
            throw new ForbiddenException("The member's highest role is at or above yours");
        }
    }

    /**
     * Applies an edit (CHANGE_NICKNAME for your own, MANAGE_NICKNAMES for someone else's, is
     * checked by the caller): someone else's only with a higher top role.
     */
    void update(Patch<UpdateMember> patch, Access by) {
        if (by.userId() != userId) {
            requireOutrankedBy(by);
        }
        if (patch.has("nickname")) {
            nickname = patch.values().nickname();
        }
    }

    /** Gives a role below the caller's highest (MANAGE_ROLES checked by the caller); false if held already. */
    boolean grant(RoleInfo role, Access by) {
        requireAssignable(role, by);
        return roleIds.add(role.id());
    }

    /** False if the member did not hold it. */
    boolean revoke(RoleInfo role, Access by) {
        requireAssignable(role, by);
        return roleIds.remove(role.id());
    }

    private void requireAssignable(RoleInfo role, Access by) {
        if (role.id() == serverId) {
            throw new BadRequestException("Every member has the @everyone role");
        }
        if (!by.canManageRole(role.position())) {
            throw new ForbiddenException("You cannot assign a role at or above your highest role");
        }
    }

    long serverId() {
        return serverId;
    }

    long userId() {
        return userId;
    }

    String nickname() {
        return nickname;
    }

    /** Ascending. */
    Set<Long> roleIds() {
        return Collections.unmodifiableSet(roleIds);
    }

    Instant joinedAt() {
        return joinedAt;
    }
}
