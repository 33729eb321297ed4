package com.xcord.events.server;

import java.time.Instant;

/** A role was deleted (and taken from every member that had it). */
public record RoleDeleted(String serverId, String roleId, Instant deletedAt) {
}
