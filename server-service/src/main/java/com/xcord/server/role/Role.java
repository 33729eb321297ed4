package com.xcord.server.role;

import com.xcord.permissions.Permissions;
import com.xcord.server.access.Access;
import com.xcord.server.role.RoleRequests.CreateRole;
import com.xcord.server.role.RoleRequests.UpdateRole;
import com.xcord.server.support.AggregateRoot;
import com.xcord.server.support.Patch;
import com.xcord.servicekit.web.BadRequestException;
import com.xcord.servicekit.web.ForbiddenException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;

/**
 * A role of a server. The {@code @everyone} role has the server's id and position 0: it is
 * never renamed, moved or deleted. Nobody manages a role at or above their own highest role,
 * and nobody but an administrator grants a permission they do not have (MANAGE_ROLES itself is
 * checked by the caller).
 */
@AggregateRoot
@Table("roles")
class Role {

    static final String EVERYONE = "@everyone";

    @Id
    private final long id;
    private final long serverId;
    private String name;
    private long permissions;
    private int position;
    private int color;
    private boolean mentionable;
    private final Instant createdAt;
    @Version
    private Integer version;

    Role(long id, long serverId, String name, long permissions, int position, int color, boolean mentionable,
            Instant createdAt, Integer version) {
        this.id = id;
        this.serverId = serverId;
        this.name = name;
        this.permissions = permissions;
        this.position = position;
        this.color = color;
        this.mentionable = mentionable;
        this.createdAt = createdAt;
        this.version = version;
    }

    /** The role every member holds: id = server id, position 0. */
    static Role everyone(long serverId, Instant now) {
        return new Role(serverId, serverId, EVERYONE, Permissions.DEFAULT_EVERYONE, 0, 0, false, now, null);
    }

    /** A new role at {@code position}: not above the creator's highest role, with no bit they lack. */
    static Role create(long id, long serverId, CreateRole request, Access by, Instant now) {
        if (!by.isOwner() && request.positionOrDefault() > by.topPosition()) {
            throw new ForbiddenException("You cannot create a role above your highest role");
        }
        long permissions = request.permissionBits();
        requireGrantable(by, 0, permissions);
        return new Role(id, serverId, request.name(), permissions, request.positionOrDefault(),
                request.colorOrDefault(), Boolean.TRUE.equals(request.mentionable()), now, null);
    }

    boolean isEveryone() {
        return id == serverId;
    }

    /** Makes room for a role created at or below this one (Discord's insertion). */
    void moveUp() {
        position++;
    }

    void update(Patch<UpdateRole> patch, Access by) {
        requireManageableBy(by);
        if (isEveryone() && (patch.has("name") || patch.has("position"))) {
            throw new BadRequestException("The @everyone role cannot be renamed or moved");
        }
        UpdateRole values = patch.values();
        long newPermissions = patch.has("permissions") ? values.permissionBits() : permissions;
        int newPosition = patch.has("position") ? values.positionOr(position) : position;
        if (!by.canManageRole(newPosition)) {
            throw new ForbiddenException("You cannot move a role to or above your highest role");
        }
        requireGrantable(by, permissions, newPermissions);
        if (patch.has("name")) {
            name = values.name();
        }
        if (patch.has("color")) {
            color = values.colorOrDefault();
        }
        if (patch.has("mentionable")) {
            mentionable = Boolean.TRUE.equals(values.mentionable());
        }
        permissions = newPermissions;
        position = newPosition;
    }

    void requireDeletableBy(Access by) {
        if (isEveryone()) {
            throw new BadRequestException("The @everyone role cannot be deleted");
        }
        requireManageableBy(by);
    }

    private void requireManageableBy(Access by) {
        if (!by.canManageRole(position)) {
            throw new ForbiddenException("You cannot manage a role at or above your highest role");
        }
    }

    /**
     * Bits being added or removed must be bits the caller has (administrators have all), as for channel
     * overwrites: taking a permission away from a role is as much a decision about it as granting it.
     */
    private static void requireGrantable(Access by, long before, long after) {
        long changed = after ^ before;
        if ((changed & ~by.permissions()) != 0) {
            throw new ForbiddenException("You cannot change permissions you do not have");
        }
    }

    long id() {
        return id;
    }

    long serverId() {
        return serverId;
    }

    String name() {
        return name;
    }

    long permissions() {
        return permissions;
    }

    int position() {
        return position;
    }

    int color() {
        return color;
    }

    boolean mentionable() {
        return mentionable;
    }

    Instant createdAt() {
        return createdAt;
    }
}
