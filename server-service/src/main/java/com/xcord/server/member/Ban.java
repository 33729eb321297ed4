package com.xcord.server.member;

import com.xcord.server.access.Access;
import com.xcord.server.support.AggregateRoot;
import com.xcord.servicekit.web.BadRequestException;
import com.xcord.servicekit.web.ForbiddenException;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * A user banned from a server: they are removed if they are a member, and cannot join again
 * until the ban is lifted. Nobody bans themselves, and nobody a user whose top role is at or
 * above theirs (the owner included; BAN_MEMBERS is checked by the caller). A user who is no
 * member can be banned in advance.
 */
@AggregateRoot
record Ban(long serverId, long userId, long bannedBy, String reason, Instant createdAt) {

    static Ban impose(long serverId, long userId, Optional<Member> member, Access by, String reason, Instant now) {
        if (userId == by.userId()) {
            throw new BadRequestException("You cannot ban yourself");
        }
        if (!by.outranks(userId, member.map(Member::roleIds).orElse(Set.of()))) {
            throw new ForbiddenException("The member's highest role is at or above yours");
        }
        return new Ban(serverId, userId, by.userId(), reason, now);
    }
}
