package com.xcord.events.server;

import java.time.Instant;

/** A user joined a server (as its creator, {@code inviteCode} null, or through an invite). */
public record MemberJoined(String serverId, String userId, String inviteCode, Instant joinedAt) {
}
