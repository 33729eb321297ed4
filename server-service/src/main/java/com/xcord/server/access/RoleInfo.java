package com.xcord.server.access;

/** What permission checks need to know about a role. */
public record RoleInfo(long id, long permissions, int position, boolean mentionable) {
}
