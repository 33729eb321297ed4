package com.xcord.events.server;

import java.time.Instant;

/** A server and everything in it (channels, roles, members, messages) is gone. */
public record ServerDeleted(String serverId, Instant deletedAt) {
}
