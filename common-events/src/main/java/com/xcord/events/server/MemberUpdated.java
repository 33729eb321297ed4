package com.xcord.events.server;

import java.time.Instant;
import java.util.List;

/** A member's nickname or roles changed; the payload is the member after the change. */
public record MemberUpdated(String serverId, String userId, String nickname, List<String> roleIds,
        Instant updatedAt) {
}
