package com.xcord.server.access;

/** One stored overwrite of a channel; {@code member} false means a role overwrite. */
public record ChannelOverwriteRow(long targetId, boolean member, long allow, long deny) {
}
