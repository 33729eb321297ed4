package com.xcord.dm.conversation;

/** A participant's read marker (0 = nothing read) and how many messages after it are unread for them. */
public record ReadPosition(long lastReadId, int unreadCount) {
}
