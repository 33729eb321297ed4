package com.xcord.server.member;

import java.time.Instant;
import java.util.List;

/** A member of a server: the user id, nickname and roles (besides {@code @everyone}). */
record MemberView(String userId, String serverId, String nickname, List<String> roleIds, Instant joinedAt) {
}
