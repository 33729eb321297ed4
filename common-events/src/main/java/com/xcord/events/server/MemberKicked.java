package com.xcord.events.server;

import java.time.Instant;

/** A member was removed from a server by {@code kickedBy}. */
public record MemberKicked(String serverId, String userId, String kickedBy, Instant kickedAt) {
}
