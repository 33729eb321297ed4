package com.xcord.server.role;

import com.xcord.permissions.Permissions;
import com.xcord.server.access.Access;
import com.xcord.server.access.ServerAccess;
import com.xcord.server.role.RoleRequests.CreateRole;
import com.xcord.server.role.RoleRequests.UpdateRole;
import com.xcord.server.support.Clock;
import com.xcord.server.support.Patch;
import com.xcord.servicekit.id.SnowflakeIds;
import com.xcord.servicekit.web.NotFoundException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.resilience.annotation.Retryable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.List;

/** Roles of a server: MANAGE_ROLES here, the hierarchy rules in {@link Role}. */
@Service
class RoleChanges {

    private final Roles roles;
    private final RoleEvents events;
    private final ServerAccess access;
    private final SnowflakeIds ids;

    RoleChanges(Roles roles, RoleEvents events, ServerAccess access, SnowflakeIds ids) {
        this.roles = roles;
        this.events = events;
        this.access = access;
        this.ids = ids;
    }

    @Transactional(readOnly = true)
    List<RoleView> list(long userId, long serverId) {
        access.member(serverId, userId);
        return roles.findByServerIdOrderByPositionDescIdAsc(serverId).stream().map(RoleView::of).toList();
    }

    /**
     * Creates a role at {@code position} (default 1, just above {@code @everyone}); roles at
     * or above it move up one, as in Discord, so a member can always create a role right
     * below their own.
     */
    @Transactional
    RoleView create(long userId, long serverId, CreateRole request) {
        Access caller = access.member(serverId, userId).require(Permissions.MANAGE_ROLES);
        Instant now = Clock.now();
        Role role = Role.create(ids.next(), serverId, request, caller, now);
        roles.lockServer(serverId);
        for (Role other : roles.findByServerIdOrderByPositionDescIdAsc(serverId)) {
            if (!other.isEveryone() && other.position() >= role.position()) {
                other.moveUp();
                events.updated(roles.save(other), now);
            }
        }
        events.created(roles.save(role));
        return RoleView.of(role);
    }

    /** Role changes of a server are serialized, so a lost race is only with a deletion: retried, it is a 404. */
    @Retryable(includes = OptimisticLockingFailureException.class, maxRetries = 3, delay = 10, jitter = 5)
    @Transactional
    RoleView update(long userId, long serverId, long roleId, Patch<UpdateRole> patch) {
        Access caller = access.member(serverId, userId).require(Permissions.MANAGE_ROLES);
        roles.lockServer(serverId);
        Role role = find(serverId, roleId);
        role.update(patch, caller);
        events.updated(roles.save(role), Clock.now());
        return RoleView.of(role);
    }

    @Transactional
    void delete(long userId, long serverId, long roleId) {
        Access caller = access.member(serverId, userId).require(Permissions.MANAGE_ROLES);
        Role role = find(serverId, roleId);
        role.requireDeletableBy(caller);
        roles.deleteById(roleId);
        events.deleted(role, Clock.now());
    }

    private Role find(long serverId, long roleId) {
        return roles.findByIdAndServerId(roleId, serverId).orElseThrow(() -> new NotFoundException("Role not found"));
    }
}
