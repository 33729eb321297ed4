package com.xcord.server.invite;

import java.time.Instant;

/** A row of {@code invites}. {@code maxUses} 0 = unlimited; {@code expiresAt} null = never. */
record Invite(String code, long serverId, long inviterId, int maxUses, int uses, Instant expiresAt,
        Instant createdAt) {

    /** Usable: not expired and not used up. */
    boolean usable(Instant now) {
        return (expiresAt == null || now.isBefore(expiresAt)) && (maxUses == 0 || uses < maxUses);
    }
}
