package com.xcord.server.role;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;

/** What other features may ask of the role feature. */
@Service
public class ServerRoles {

    private final Roles roles;
    private final RoleEvents events;

    ServerRoles(Roles roles, RoleEvents events) {
        this.roles = roles;
        this.events = events;
    }

    /** A new server's {@code @everyone} role, in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void createEveryone(long serverId, Instant now) {
        events.created(roles.save(Role.everyone(serverId, now)));
    }
}
