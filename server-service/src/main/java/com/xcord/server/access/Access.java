package com.xcord.server.access;

import com.xcord.permissions.Overwrite;
import com.xcord.permissions.PermissionCalculator;
import com.xcord.permissions.Permissions;
import com.xcord.permissions.RoleHierarchy;
import com.xcord.servicekit.web.ForbiddenException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A member's standing in one server, loaded once per request: the owner, every role of the
 * server and the roles the member holds. All permission questions of the request are
 * answered from it without further queries (channel checks add the channel's overwrites).
 */
public final class Access {

    private final long serverId;
    private final long userId;
    private final long ownerId;
    private final Map<Long, RoleInfo> roles;
    private final Set<Long> memberRoleIds;
    private final long base;
    private final int top;

    Access(long serverId, long userId, long ownerId, Map<Long, RoleInfo> roles, Set<Long> memberRoleIds) {
        this.serverId = serverId;
        this.userId = userId;
        this.ownerId = ownerId;
        this.roles = Map.copyOf(roles);
        this.memberRoleIds = Set.copyOf(memberRoleIds);
        RoleInfo everyone = roles.get(serverId);
        List<Long> held = new ArrayList<>();
        int highest = 0;
        for (long id : memberRoleIds) {
            RoleInfo role = roles.get(id);
            if (role != null) {
                held.add(role.permissions());
                highest = Math.max(highest, role.position());
            }
        }
        this.base = PermissionCalculator.base(userId == ownerId, everyone == null ? 0 : everyone.permissions(), held);
        this.top = highest;
    }

    public long serverId() {
        return serverId;
    }

    public long userId() {
        return userId;
    }

    public long ownerId() {
        return ownerId;
    }

    public boolean isOwner() {
        return userId == ownerId;
    }

    /** Server-wide permissions. */
    public long permissions() {
        return base;
    }

    public boolean has(long permission) {
        return Permissions.has(base, permission);
    }

    /** 403 unless the member has the server-wide permission. */
    public Access require(long permission) {
        if (!has(permission)) {
            throw new ForbiddenException("Missing permission");
        }
        return this;
    }

    /** Position of the member's highest role (0 = only {@code @everyone}). */
    public int topPosition() {
        return top;
    }

    public Set<Long> memberRoleIds() {
        return memberRoleIds;
    }

    public Optional<RoleInfo> role(long roleId) {
        return Optional.ofNullable(roles.get(roleId));
    }

    public Collection<RoleInfo> roles() {
        return roles.values();
    }

    /** May this member manage (edit, assign, delete) a role at that position? */
    public boolean canManageRole(int position) {
        return RoleHierarchy.canManageRole(isOwner(), top, position);
    }

    /** May this member act on (kick, ban, edit) another member with these roles? */
    public boolean outranks(long targetUserId, Collection<Long> targetRoleIds) {
        int targetTop = 0;
        for (long id : targetRoleIds) {
            RoleInfo role = roles.get(id);
            if (role != null) {
                targetTop = Math.max(targetTop, role.position());
            }
        }
        return RoleHierarchy.outranks(isOwner(), top, targetUserId == ownerId, targetTop);
    }

    /** Permissions in a channel with these overwrites. */
    public long inChannel(Collection<ChannelOverwriteRow> overwrites) {
        Overwrite everyone = Overwrite.NONE;
        Overwrite member = Overwrite.NONE;
        List<Overwrite> roleOverwrites = new ArrayList<>();
        for (ChannelOverwriteRow row : overwrites) {
            Overwrite overwrite = new Overwrite(row.allow(), row.deny());
            if (row.member()) {
                if (row.targetId() == userId) {
                    member = overwrite;
                }
            } else if (row.targetId() == serverId) {
                everyone = overwrite;
            } else if (memberRoleIds.contains(row.targetId())) {
                roleOverwrites.add(overwrite);
            }
        }
        return PermissionCalculator.inChannel(base, everyone, roleOverwrites, member);
    }
}
