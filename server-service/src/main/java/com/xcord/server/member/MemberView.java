package com.xcord.server.member;

import com.xcord.servicekit.id.Ids;

import java.time.Instant;
import java.util.List;

/** A member of a server: the user id, nickname and roles (besides {@code @everyone}). */
record MemberView(String userId, String serverId, String nickname, List<String> roleIds, Instant joinedAt) {

    static MemberView of(Member m) {
        return new MemberView(Ids.format(m.userId()), Ids.format(m.serverId()), m.nickname(),
                m.roleIds().stream().map(Ids::format).toList(), m.joinedAt());
    }
}
