package com.xcord.server.invite;

import com.xcord.permissions.Permissions;
import com.xcord.server.access.Access;
import com.xcord.server.support.AggregateRoot;
import com.xcord.servicekit.web.ForbiddenException;

import java.time.Instant;

/**
 * An invite code. {@code maxUses} 0 = unlimited; {@code expiresAt} null = never. An expired
 * or used-up invite is as good as gone. Its creator or a server manager revokes it.
 */
@AggregateRoot
record Invite(String code, long serverId, long inviterId, int maxUses, int uses, Instant expiresAt,
        Instant createdAt) {

    static Invite create(String code, long serverId, long inviterId, int maxUses, int maxAgeSeconds, Instant now) {
        Instant expiresAt = maxAgeSeconds == 0 ? null : now.plusSeconds(maxAgeSeconds);
        return new Invite(code, serverId, inviterId, maxUses, 0, expiresAt, now);
    }

    /** Usable: not expired and not used up. */
    boolean usable(Instant now) {
        return (expiresAt == null || now.isBefore(expiresAt)) && (maxUses == 0 || uses < maxUses);
    }

    void requireRevocableBy(Access by) {
        if (inviterId != by.userId() && !by.has(Permissions.MANAGE_SERVER)) {
            throw new ForbiddenException("Only the invite's creator or a server manager can revoke it");
        }
    }
}
