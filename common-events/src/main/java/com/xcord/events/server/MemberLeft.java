package com.xcord.events.server;

import java.time.Instant;

/** A member left a server on their own. */
public record MemberLeft(String serverId, String userId, Instant leftAt) {
}
