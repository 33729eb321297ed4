package com.xcord.events.server;

import java.time.Instant;

/**
 * A user was banned by {@code bannedBy}; if they were a member ({@code wasMember}) they are
 * no longer one, and they cannot rejoin until unbanned.
 */
public record MemberBanned(String serverId, String userId, String bannedBy, String reason, boolean wasMember,
        Instant bannedAt) {
}
