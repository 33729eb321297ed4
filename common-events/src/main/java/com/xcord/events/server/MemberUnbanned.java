package com.xcord.events.server;

import java.time.Instant;

/** A ban was lifted: the user may join again through an invite. */
public record MemberUnbanned(String serverId, String userId, String unbannedBy, Instant unbannedAt) {
}
