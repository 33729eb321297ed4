package com.xcord.server.role;

import com.xcord.events.server.RoleDeleted;
import com.xcord.events.server.ServerEvents;
import com.xcord.server.access.Access;
import com.xcord.server.access.ServerAccess;
import com.xcord.permissions.Permissions;
import com.xcord.server.support.Check;
import com.xcord.server.support.Clock;
import com.xcord.server.support.Patch;
import com.xcord.servicekit.id.Ids;
import com.xcord.servicekit.id.SnowflakeIds;
import com.xcord.servicekit.outbox.Outbox;
import com.xcord.servicekit.web.BadRequestException;
import com.xcord.servicekit.web.ForbiddenException;
import com.xcord.servicekit.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.List;

/**
 * Roles of a server. Needs MANAGE_ROLES; nobody manages a role at or above their highest
 * role, and nobody but an administrator gives a role a permission they do not have.
 */
@Service
class RoleChanges {

    static final int MAX_COLOR = 0xFFFFFF;

    private final Roles roles;
    private final ServerAccess access;
    private final Outbox outbox;
    private final SnowflakeIds ids;

    RoleChanges(Roles roles, ServerAccess access, Outbox outbox, SnowflakeIds ids) {
        this.roles = roles;
        this.access = access;
        this.outbox = outbox;
        this.ids = ids;
    }

    record CreateRole(String name, String permissions, Integer color, Boolean mentionable, Integer position) {
    }

    @Transactional(readOnly = true)
    List<RoleView> list(long userId, long serverId) {
        access.member(serverId, userId);
        return roles.ofServer(serverId).stream().map(Role::view).toList();
    }

    /**
     * Creates a role at {@code position} (default 1, just above {@code @everyone}); roles at
     * or above it move up one, as in Discord, so a member can always create a role right
     * below their own.
     */
    @Transactional
    RoleView create(long userId, long serverId, CreateRole request) {
        Access caller = access.member(serverId, userId).require(Permissions.MANAGE_ROLES);
        String name = Check.text("name", request.name(), 1, 100);
        long permissions = request.permissions() == null ? 0 : Check.permissions("permissions", request.permissions());
        int color = Check.range("color", request.color(), 0, MAX_COLOR, 0);
        int position = Check.range("position", request.position(), 1, 10_000, 1);
        if (!caller.isOwner() && position > caller.topPosition()) {
            throw new ForbiddenException("You cannot create a role above your highest role");
        }
        requireGrantable(caller, 0, permissions);
        roles.lockServer(serverId);
        Instant now = Clock.now();
        for (Role other : roles.ofServer(serverId)) {
            if (!other.isEveryone() && other.position() >= position) {
                Role moved = other.withPosition(other.position() + 1);
                roles.update(moved);
                outbox.publish(ServerEvents.ROLE_UPDATED, Ids.format(serverId), moved.updated(now));
            }
        }
        Role role = new Role(ids.next(), serverId, name, permissions, position, color,
                Boolean.TRUE.equals(request.mentionable()), now);
        roles.insert(role);
        outbox.publish(ServerEvents.ROLE_CREATED, Ids.format(serverId), role.created());
        return role.view();
    }

    @Transactional
    RoleView update(long userId, long serverId, long roleId, Patch patch) {
        Access caller = access.member(serverId, userId).require(Permissions.MANAGE_ROLES);
        roles.lockServer(serverId);
        Role current = roles.find(serverId, roleId).orElseThrow(() -> new NotFoundException("Role not found"));
        if (!caller.canManageRole(current.position())) {
            throw new ForbiddenException("You cannot manage a role at or above your highest role");
        }
        if (current.isEveryone() && (patch.has("name") || patch.has("position"))) {
            throw new BadRequestException("The @everyone role cannot be renamed or moved");
        }
        String name = patch.has("name") ? Check.text("name", patch.requiredText("name"), 1, 100) : current.name();
        long permissions = patch.has("permissions")
                ? Check.permissions("permissions", patch.requiredText("permissions")) : current.permissions();
        int color = patch.has("color") ? Check.range("color", patch.integer("color"), 0, MAX_COLOR, 0) : current.color();
        boolean mentionable = patch.has("mentionable") ? Boolean.TRUE.equals(patch.bool("mentionable"))
                : current.mentionable();
        int position = patch.has("position")
                ? Check.range("position", patch.integer("position"), 1, 10_000, current.position())
                : current.position();
        if (!caller.canManageRole(position)) {
            throw new ForbiddenException("You cannot move a role to or above your highest role");
        }
        requireGrantable(caller, current.permissions(), permissions);
        Role updated = new Role(roleId, serverId, name, permissions, position, color, mentionable, current.createdAt());
        roles.update(updated);
        outbox.publish(ServerEvents.ROLE_UPDATED, Ids.format(serverId), updated.updated(Clock.now()));
        return updated.view();
    }

    @Transactional
    void delete(long userId, long serverId, long roleId) {
        Access caller = access.member(serverId, userId).require(Permissions.MANAGE_ROLES);
        Role current = roles.find(serverId, roleId).orElseThrow(() -> new NotFoundException("Role not found"));
        if (current.isEveryone()) {
            throw new BadRequestException("The @everyone role cannot be deleted");
        }
        if (!caller.canManageRole(current.position())) {
            throw new ForbiddenException("You cannot manage a role at or above your highest role");
        }
        roles.delete(roleId);
        outbox.publish(ServerEvents.ROLE_DELETED, Ids.format(serverId),
                new RoleDeleted(Ids.format(serverId), Ids.format(roleId), Clock.now()));
    }

    /** Bits being added must be bits the caller has (administrators have all). */
    private static void requireGrantable(Access caller, long before, long after) {
        long added = after & ~before;
        if ((added & ~caller.permissions()) != 0) {
            throw new ForbiddenException("You cannot grant permissions you do not have");
        }
    }
}
